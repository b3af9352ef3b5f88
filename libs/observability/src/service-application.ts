import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { handleProcessErrors, requestFaultBoundary } from './process-errors';
import { DEFAULT_JSON_BODY_LIMIT, DirectRoutes } from './direct-routes';
import { keepIdleConnectionsOpen } from './http-keep-alive';
import { answerBodyParserRefusals, refuseUnsupportedMediaType } from './request-refusals';

export interface ServiceApplicationOptions {
  /** Largest JSON request body in bytes (express's default, 100 kB, when not set). */
  jsonBodyLimit?: number;
  /** Keeps each JSON body's bytes as `request.rawBody` (Nest's `rawBody`), for a route that checks a signature over them. */
  rawBody?: boolean;
}

/**
 * A service process's Nest application, as every service builds it: buffered start-up logs flushed to the
 * JSON logger, no `X-Powered-By` header telling callers what to attack, graceful shutdown on SIGTERM, an
 * error escaping a request logged and answered instead of ending the process (process-errors.ts), and the
 * routes registered with DirectRoutes (the subgraph's /graphql) served ahead of express, with the same JSON
 * body limit. A POST of anything but JSON is refused 415, and the JSON parser's refusals (invalid JSON, too
 * large, an unread charset or encoding) are answered as GraphQL errors (request-refusals.ts). Idle
 * keep-alive connections stay open 65 s (http-keep-alive.ts).
 */
export async function createServiceApplication(rootModule: Parameters<typeof NestFactory.create>[0], options: ServiceApplicationOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule, { bufferLogs: true, rawBody: options.rawBody ?? false });
  app.useLogger(app.get(Logger));
  handleProcessErrors(app.get(Logger));
  app.use(requestFaultBoundary);
  app.disable('x-powered-by');
  app.use(refuseUnsupportedMediaType);
  app.useBodyParser('json', { limit: options.jsonBodyLimit ?? DEFAULT_JSON_BODY_LIMIT });
  app.use(answerBodyParserRefusals);
  app.get(DirectRoutes).attach(app.getHttpServer(), options.jsonBodyLimit ?? DEFAULT_JSON_BODY_LIMIT);
  keepIdleConnectionsOpen(app.getHttpServer());
  app.enableShutdownHooks();
  return app;
}
