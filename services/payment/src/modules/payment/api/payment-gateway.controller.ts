import { Controller, HttpCode, Post, type RawBodyRequest, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '@imis/auth';
import { GatewayNotifications } from '../application/gateway-notifications';

const header = (request: Request, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The payment gateway's callback: `POST /payment-gateway/notifications`, authenticated by its signature (no
 * access token). 200 `{"outcome":"ACCEPTED","paymentId"}`, or a 4xx `{"outcome":"REFUSED","code"}` (docs/api.md).
 */
@Controller('payment-gateway')
export class PaymentGatewayController {
  constructor(private readonly notifications: GatewayNotifications) {}

  @Public()
  @Post('notifications')
  @HttpCode(200)
  async notify(@Req() request: RawBodyRequest<Request>, @Res() response: Response): Promise<void> {
    const answer = await this.notifications.handle(request.rawBody, { timestamp: header(request, 'x-imis-timestamp'), signature: header(request, 'x-imis-signature') });
    response.status(answer.status).json(answer.body);
  }
}
