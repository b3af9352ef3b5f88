import { Logger } from '@nestjs/common';
import { signNotification } from '../domain/signature';
import { type ControlNumberAcknowledgement, type ControlNumberRequest, PaymentGateway } from '../application/payment-gateway';
import type { PaymentGatewayEnv } from '../application/payment-env';

/**
 * The reference adapter: `POST {PAYMENT_GATEWAY_URL}/control-numbers` with the request as JSON, signed as the
 * gateway signs its notifications (x-imis-timestamp, x-imis-signature: HMAC-SHA256 of `timestamp.body`). A 2xx
 * answer `{"acknowledged":true}` acknowledges; `{"acknowledged":false,"reason"}` (or a 4xx) refuses; anything
 * else (5xx, timeout, no gateway configured) is no answer.
 */
export class HttpPaymentGateway extends PaymentGateway {
  private readonly logger = new Logger('PaymentGateway');

  constructor(private readonly env: PaymentGatewayEnv) {
    super();
  }

  async requestControlNumber(request: ControlNumberRequest): Promise<ControlNumberAcknowledgement> {
    const { PAYMENT_GATEWAY_URL: url, PAYMENT_GATEWAY_SECRET: secret } = this.env;
    if (!url || !secret) return { acknowledged: null, reason: 'no payment gateway configured (PAYMENT_GATEWAY_URL, PAYMENT_GATEWAY_SECRET)' };
    const body = JSON.stringify(request);
    const timestamp = String(Math.floor(Date.now() / 1000));
    try {
      const response = await fetch(new URL('control-numbers', url.endsWith('/') ? url : `${url}/`), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-imis-timestamp': timestamp, 'x-imis-signature': signNotification(secret, timestamp, body) },
        body,
        signal: AbortSignal.timeout(this.env.PAYMENT_GATEWAY_TIMEOUT_MS),
      });
      const answer = (await response.json().catch(() => null)) as { acknowledged?: unknown; reason?: unknown } | null;
      if (response.ok && answer?.acknowledged === true) return { acknowledged: true };
      if ((response.ok && answer?.acknowledged === false) || (response.status >= 400 && response.status < 500)) {
        return { acknowledged: false, reason: typeof answer?.reason === 'string' ? answer.reason.slice(0, 200) : `HTTP ${response.status}` };
      }
      return { acknowledged: null, reason: `HTTP ${response.status}` };
    } catch (error) {
      this.logger.warn(`Control number request for ${request.paymentId} got no answer: ${(error as Error).message}`);
      return { acknowledged: null, reason: 'no answer' };
    }
  }
}
