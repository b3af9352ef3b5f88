import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { httpRequestDuration } from './metrics';

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    const stop = httpRequestDuration.startTimer({ method: request.method });
    response.once('finish', () => stop({ route: request.baseUrl + (request.route?.path ?? request.path), status: response.statusCode }));
    next();
  }
}
