import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'http';
import { Store, storage } from 'nestjs-pino/storage';
import { runWithCorrelationId } from './correlation';
import { hasSmallJsonBody, isPath, readBody } from './json-body';
import { withinFaultBoundary } from './process-errors';
import type { RequestObserver } from './request-observer';
import { JSON_CONTENT_TYPE, REQUEST_REFUSALS, refusalBody } from './request-refusals';

/** Answers a POST with a parsed JSON body; the response is the handler's to end. */
export type DirectHandler = (request: IncomingMessage, body: unknown, response: ServerResponse) => Promise<void>;

/** express's default JSON body limit (body-parser's `100kb`), used unless the application sets its own. */
export const DEFAULT_JSON_BODY_LIMIT = 100 * 1024;

const INVALID_JSON = refusalBody(REQUEST_REFUSALS.INVALID_JSON);

/**
 * Routes the HTTP server answers ahead of express and Nest: POSTs of small JSON bodies to a registered path
 * (the subgraph's /graphql), the hot path of every service. express's router, body-parser, Nest's
 * middleware and pino-http cost more CPU per request than the work behind them (ADR 0005), so such a
 * request is served here with what they did for it: the correlation id (in scope, on the request, echoed),
 * the duration metric and one compact access line (RequestObserver), the body parsed within the JSON
 * limit, and log lines written during the request carrying the correlation id (nestjs-pino's request
 * logger). Every other request, and a registered path with another method, content type or a larger body,
 * goes to express as before.
 */
export class DirectRoutes {
  private readonly handlers = new Map<string, DirectHandler>();
  private jsonBodyLimit = DEFAULT_JSON_BODY_LIMIT;

  constructor(private readonly observer: RequestObserver) {}

  /** Serves POSTs of JSON to `path` with `handler` (registered during the application's initialisation). */
  register(path: string, handler: DirectHandler): void {
    this.handlers.set(path, handler);
  }

  /** Puts the routes in front of the server's request listener (express); bodies up to `jsonBodyLimit` bytes. */
  attach(server: Server, jsonBodyLimit = DEFAULT_JSON_BODY_LIMIT): void {
    const [fallback, ...others] = server.listeners('request') as RequestListener[];
    if (!fallback || others.length > 0) throw new Error('DirectRoutes expects exactly one request listener on the HTTP server');
    this.jsonBodyLimit = jsonBodyLimit;
    server.removeAllListeners('request');
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      const handler = this.handlerFor(request);
      if (handler) this.serve(handler, request, response);
      else fallback(request, response);
    });
  }

  private handlerFor(request: IncomingMessage): DirectHandler | undefined {
    if (this.handlers.size === 0 || !hasSmallJsonBody(request, this.jsonBodyLimit)) return undefined;
    for (const [path, handler] of this.handlers) if (isPath(request.url, path)) return handler;
    return undefined;
  }

  private serve(handler: DirectHandler, request: IncomingMessage, response: ServerResponse): void {
    const route = request.url!.split('?')[0]!;
    const correlationId = this.observer.observe(request, response, route);
    readBody(request).then(
      (raw) => {
        let body: unknown;
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          response.writeHead(REQUEST_REFUSALS.INVALID_JSON.status, { 'content-type': JSON_CONTENT_TYPE }).end(INVALID_JSON);
          return;
        }
        const store = new Store(this.observer.log.child({ correlationId }));
        runWithCorrelationId(correlationId, () =>
          storage.run(store, () =>
            // In a fault boundary, as express requests are (requestFaultBoundary): an error thrown by a callback the
            // handler started fails this request instead of leaving it unanswered.
            withinFaultBoundary(() => handler(request, body, response)).catch((error: unknown) => {
              this.observer.log.error({ correlationId, err: error }, 'request failed');
              if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
              response.end();
            }),
          ),
        );
      },
      () => response.destroy(),
    );
  }
}
