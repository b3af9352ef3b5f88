import type { IncomingMessage, ServerResponse } from 'http';
import type { Logger as Pino } from 'pino';
import { CORRELATION_HEADER, correlationIdFrom } from './correlation';
import { httpRequestDuration } from './metrics';

export interface AccessLogOptions {
  /** When set, a request that succeeds (HTTP < 400) within this many ms is logged at debug instead of info. */
  slowMs?: number;
}

/**
 * What the correlation and metrics middleware and pino-http do for a request, for the routes an HTTP server
 * answers ahead of express and Nest (DirectRoutes, the gateway's GraphQL endpoint; ADR 0005), at a fraction of
 * their CPU:
 * - the correlation id: the caller's `x-correlation-id` when sane, else a new one, set on the request and
 *   echoed in the response;
 * - `http_request_duration_seconds{method, route, status}` when the response is complete;
 * - one access-log line, `request completed` (or `request aborted`) with the correlation id, method, URL,
 *   status and time, without headers; with `slowMs` set, a success within that time is logged at debug.
 */
export class RequestObserver {
  constructor(
    /** The process's root pino logger (level, service, destination). */
    readonly log: Pino,
    private readonly options: AccessLogOptions = {},
  ) {}

  /** Starts observing a request to `route`; returns its correlation id. */
  observe(request: IncomingMessage, response: ServerResponse, route: string): string {
    const started = performance.now();
    const correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER]);
    request.headers[CORRELATION_HEADER] = correlationId;
    response.setHeader(CORRELATION_HEADER, correlationId);
    response.once('close', () => this.completed(request, response, route, correlationId, performance.now() - started));
    return correlationId;
  }

  private completed(request: IncomingMessage, response: ServerResponse, route: string, correlationId: string, milliseconds: number): void {
    const finished = response.writableFinished;
    const status = response.statusCode;
    if (finished) httpRequestDuration.observe({ method: request.method, route, status }, milliseconds / 1000);
    const { slowMs } = this.options;
    const level = slowMs !== undefined && finished && status < 400 && milliseconds <= slowMs ? 'debug' : 'info';
    if (!this.log.isLevelEnabled(level)) return;
    this.log[level](
      { correlationId, req: { method: request.method, url: request.url }, res: { statusCode: status }, responseTime: Math.round(milliseconds * 10) / 10 },
      finished ? 'request completed' : 'request aborted',
    );
  }
}
