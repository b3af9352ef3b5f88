import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { hasSmallJsonBody as isSmallJsonPost, isPath, readBody, RequestObserver, runWithCorrelationId } from '@imis/observability';
import type { IncomingMessage, ServerResponse } from 'http';

export const GATEWAY_RUNTIME = Symbol('GATEWAY_RUNTIME');
export const GRAPHQL_PATH = '/graphql';

/** True for the GraphQL endpoint's path, with or without a query string. */
export function isGraphqlPath(url: string | undefined): boolean {
  return isPath(url, GRAPHQL_PATH);
}

/**
 * The one GraphQL endpoint, served by the HTTP server ahead of express and Nest (see bootstrap): express's
 * router, Nest's middleware and pino-http cost more CPU per request than the gateway can spare (ADR 0005).
 * RequestObserver does what those middleware do for every other route: the correlation id (set on the
 * request, so the runtime forwards it to the subgraphs, echoed, and in scope while the runtime serves the
 * request, so the runtime's own log lines carry it), `http_request_duration_seconds{route="/graphql"}` and one
 * compact access line per request (ACCESS_LOG_SLOW_MS puts fast successes at debug).
 */
@Injectable()
export class GraphqlEndpoint implements OnApplicationShutdown {
  constructor(
    @Inject(GATEWAY_RUNTIME) private readonly runtime: GatewayRuntime,
    private readonly observer: RequestObserver,
  ) {}

  /** Handler of every method on /graphql. */
  readonly handle = (request: IncomingMessage, response: ServerResponse): void => {
    const correlationId = this.observer.observe(request, response, GRAPHQL_PATH);
    if (!hasSmallJsonBody(request)) {
      this.serve(request, response, correlationId);
      return;
    }
    readBody(request).then(
      (raw) => {
        (request as { body?: unknown }).body = parsedBody(raw);
        this.serve(request, response, correlationId);
      },
      () => response.destroy(),
    );
  };

  private serve(request: IncomingMessage, response: ServerResponse, correlationId: string): void {
    // The runtime answers every request itself, errors included (its listener never rejects).
    runWithCorrelationId(correlationId, () => this.runtime.requestListener(request, response));
  }

  /** Closes the runtime's connections to the subgraphs. */
  async onApplicationShutdown(): Promise<void> {
    await this.runtime.dispose();
  }
}

/** Yoga's default `maxRequestBodySize` (the runtime does not let it be changed). */
export const MAX_BODY_BYTES = 25_000_000;

/**
 * A POST of JSON with a Content-Length within the runtime's limit: its body is read here, in one piece.
 * Node's HTTP parser never delivers more bytes than the Content-Length says, so the runtime's own byte
 * counting (a transform stream piped through a stream pipeline for every request: ~10% of the gateway's
 * CPU per request, ADR 0005) has nothing to add. Anything else (GET, other content types, chunked or
 * oversized bodies) is left to the runtime as it arrives, and it checks the Content-Length header either way.
 */
export function hasSmallJsonBody(request: Pick<IncomingMessage, 'method' | 'headers'>): boolean {
  return isSmallJsonPost(request, MAX_BODY_BYTES);
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
