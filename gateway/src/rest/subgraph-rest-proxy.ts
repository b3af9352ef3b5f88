import { Agent as HttpAgent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'http';
import { Agent as HttpsAgent, request as httpsRequest } from 'https';
import { pipeline } from 'stream';
import type { OnApplicationShutdown } from '@nestjs/common';
import { CORRELATION_HEADER } from '@imis/observability';
import { FORWARDED_FOR_HEADER, forwardedFor } from '../graphql/gateway-runtime.factory';
import { UNAVAILABLE_MESSAGE } from '../graphql/mask-gateway-error';
import type { SupergraphSubgraph } from '../supergraph/supergraph-file';

/** Request headers passed on: the caller's credentials and correlation id, and what makes a conditional or compressed answer. */
const REQUEST_HEADERS = ['authorization', CORRELATION_HEADER, 'accept', 'accept-encoding', 'if-none-match', 'if-modified-since'] as const;
/** Response headers passed back: the file and its caching, nothing about the service behind (cookies, server, …). */
const RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-encoding',
  'content-disposition',
  'cache-control',
  'etag',
  'last-modified',
  'vary',
  'www-authenticate',
] as const;

export interface SubgraphRestProxyOptions {
  endpoints: readonly SupergraphSubgraph[];
  /** Longest wait for the service: to connect, for its answer, and between two chunks of it. */
  timeoutMs: number;
  isTrustedProxy: (address: string) => boolean;
}

/**
 * Passes a GET (or HEAD) on to a subgraph's own HTTP route and streams the answer back as it comes, without
 * holding it: the caller's Authorization is forwarded and the service checks it, as for GraphQL. Only the
 * routes the gateway declares reach it (RestRoutesController), with their path rebuilt from checked parts.
 */
export class SubgraphRestProxy implements OnApplicationShutdown {
  private readonly agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  constructor(private readonly options: SubgraphRestProxyOptions) {}

  /**
   * The URL of `path` (relative, e.g. `.well-known/card-keys.json`) on subgraph `name`, beside its GraphQL
   * URL (`http://insuree:4003/graphql` → `http://insuree:4003/.well-known/card-keys.json`); undefined when
   * the subgraph is not deployed.
   */
  target(name: string, path: string): URL | undefined {
    const endpoint = this.options.endpoints.find((candidate) => candidate.name === name);
    return endpoint ? new URL(path, endpoint.url) : undefined;
  }

  forward(target: URL, request: IncomingMessage, response: ServerResponse): void {
    const headers: Record<string, string | string[]> = {};
    for (const name of REQUEST_HEADERS) {
      const value: string | string[] | undefined = request.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    const forwarded = forwardedFor(headerText(request.headers[FORWARDED_FOR_HEADER]), request.socket.remoteAddress, this.options.isTrustedProxy);
    if (forwarded) headers[FORWARDED_FOR_HEADER] = forwarded;
    const https = target.protocol === 'https:';
    const upstream = (https ? httpsRequest : httpRequest)(target, { method: request.method === 'HEAD' ? 'HEAD' : 'GET', headers, agent: https ? this.agents.https : this.agents.http });
    upstream.setTimeout(this.options.timeoutMs, () => upstream.destroy(new Error(`no answer from ${target.host} within ${this.options.timeoutMs} ms`)));
    upstream.on('response', (answer: IncomingMessage) => {
      const passed: OutgoingHttpHeaders = {};
      for (const name of RESPONSE_HEADERS) {
        const value: string | string[] | undefined = answer.headers[name];
        if (value !== undefined) passed[name] = value;
      }
      response.writeHead(answer.statusCode ?? 502, passed);
      pipeline(answer, response, () => undefined);
    });
    upstream.on('error', () => {
      if (response.headersSent) response.destroy();
      else unavailable(response);
    });
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy();
    });
    upstream.end();
  }

  /** Closes the idle connections to the services. */
  onApplicationShutdown(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}

function unavailable(response: ServerResponse): void {
  const body = JSON.stringify({ code: 'SERVICE_UNAVAILABLE', message: UNAVAILABLE_MESSAGE });
  response.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'retry-after': '5' });
  response.end(body);
}

function headerText(value: string | string[] | undefined): string | null {
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
}
