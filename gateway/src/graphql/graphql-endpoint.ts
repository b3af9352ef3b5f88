import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { CORRELATION_HEADER, correlationIdFrom, metricsRegistry, runWithCorrelationId } from '@imis/observability';
import type { IncomingMessage, ServerResponse } from 'http';
import { PinoLogger } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import type { Histogram } from 'prom-client';

export const GATEWAY_RUNTIME = Symbol('GATEWAY_RUNTIME');
export const GRAPHQL_PATH = '/graphql';
/** Access-log options of the GraphQL endpoint (GatewayModuleOptions). */
export const ACCESS_LOG_OPTIONS = Symbol('ACCESS_LOG_OPTIONS');

export interface AccessLogOptions {
  /** When set, a request that succeeds (HTTP < 400) within this many ms is logged at debug instead of info. */
  slowMs?: number;
}

/** `http_request_duration_seconds` of @imis/observability (every process's HTTP histogram). */
type DurationHistogram = Histogram<'method' | 'route' | 'status'>;

/** True for the GraphQL endpoint's path, with or without a query string. */
export function isGraphqlPath(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(GRAPHQL_PATH) && (url.length === GRAPHQL_PATH.length || url[GRAPHQL_PATH.length] === '?');
}

/**
 * The one GraphQL endpoint, served by the HTTP server ahead of express and Nest (see bootstrap): express's
 * router, Nest's middleware and pino-http cost more CPU per request than the gateway can spare (ADR 0005).
 * It does itself what those middleware do for every other route:
 * - the correlation id: the caller's `x-correlation-id` when sane, else a new one, set on the request (the
 *   runtime forwards it to the subgraphs), echoed in the response and in scope (`currentCorrelationId`)
 *   while the runtime serves the request, so the runtime's own log lines carry it;
 * - `http_request_duration_seconds{method, route="/graphql", status}`;
 * - one access-log line per request at info, `request completed` (or `request aborted`) with the correlation
 *   id, method, URL, status and time, without headers (~10 µs of CPU where pino-http's line cost ~7% of
 *   the gateway's CPU); with `slowMs` set, a success within that time is logged at debug.
 */
@Injectable()
export class GraphqlEndpoint implements OnApplicationShutdown {
  private readonly duration = metricsRegistry.getSingleMetric('http_request_duration_seconds') as DurationHistogram | undefined;
  private readonly log: Pino;

  constructor(
    @Inject(GATEWAY_RUNTIME) private readonly runtime: GatewayRuntime,
    @Inject(ACCESS_LOG_OPTIONS) private readonly options: AccessLogOptions,
    logger: PinoLogger,
  ) {
    // Outside a request this is the process's root pino logger (level, service, redaction).
    this.log = logger.logger;
  }

  /** Express handler of every method on /graphql. */
  readonly handle = (request: IncomingMessage, response: ServerResponse): void => {
    const started = performance.now();
    const correlationId = correlationIdFrom(request.headers[CORRELATION_HEADER]);
    request.headers[CORRELATION_HEADER] = correlationId;
    response.setHeader(CORRELATION_HEADER, correlationId);
    response.once('close', () => this.completed(request, response, correlationId, performance.now() - started));
    if (!hasSmallJsonBody(request)) {
      this.serve(request, response, correlationId);
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('error', () => response.destroy());
    request.once('end', () => {
      (request as { body?: unknown }).body = parsedBody(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
      this.serve(request, response, correlationId);
    });
  };

  private serve(request: IncomingMessage, response: ServerResponse, correlationId: string): void {
    // The runtime answers every request itself, errors included (its listener never rejects).
    runWithCorrelationId(correlationId, () => this.runtime.requestListener(request, response));
  }

  private completed(request: IncomingMessage, response: ServerResponse, correlationId: string, milliseconds: number): void {
    const finished = response.writableFinished;
    const status = response.statusCode;
    if (finished) this.duration?.observe({ method: request.method, route: GRAPHQL_PATH, status }, milliseconds / 1000);
    const { slowMs } = this.options;
    const level = slowMs !== undefined && finished && status < 400 && milliseconds <= slowMs ? 'debug' : 'info';
    if (!this.log.isLevelEnabled(level)) return;
    this.log[level](
      { correlationId, req: { method: request.method, url: request.url }, res: { statusCode: status }, responseTime: Math.round(milliseconds * 10) / 10 },
      finished ? 'request completed' : 'request aborted',
    );
  }

  /** Closes the runtime's connections to the subgraphs. */
  async onApplicationShutdown(): Promise<void> {
    await this.runtime.dispose();
  }
}

/** Yoga's default `maxRequestBodySize` (the runtime does not let it be changed). */
export const MAX_BODY_BYTES = 25_000_000;
const CONTENT_LENGTH = /^\d+$/;

/**
 * A POST of JSON with a Content-Length within the runtime's limit: its body is read here, in one piece.
 * Node's HTTP parser never delivers more bytes than the Content-Length says, so the runtime's own byte
 * counting (a transform stream piped through a stream pipeline for every request: ~10% of the gateway's
 * CPU per request, ADR 0005) has nothing to add. Anything else (GET, other content types, chunked or
 * oversized bodies) is left to the runtime as it arrives, and it checks the Content-Length header either way.
 */
export function hasSmallJsonBody(request: Pick<IncomingMessage, 'method' | 'headers'>): boolean {
  if (request.method !== 'POST') return false;
  const length = request.headers['content-length'];
  if (length === undefined || !CONTENT_LENGTH.test(length) || length === '0' || Number(length) > MAX_BODY_BYTES) return false;
  const type = request.headers['content-type']?.split(',')[0];
  return type === 'application/json' || type?.startsWith('application/json;') === true;
}

/**
 * What the runtime takes as the request body (`request.body`, as a body parser would set it): the parsed
 * JSON object, which it uses as is; anything else (invalid JSON, not an object, an empty object) as the
 * text received, so that the runtime parses it and answers with its own error.
 */
export function parsedBody(raw: Buffer): unknown {
  const text = raw.toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) && Object.keys(parsed).length > 0) return parsed;
  } catch {
    // left to the runtime
  }
  return text;
}
