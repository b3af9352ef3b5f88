import type { IncomingMessage } from 'http';
import { createGatewayRuntime, type GatewayRuntime, type Logger } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import type { TokenVerifier } from '@imis/auth';
import { queryLimitsFrom } from '@imis/graphql';
import { type BoundedLabelValues, CORRELATION_HEADER, trustedProxies } from '@imis/observability';
import { useAuthentication } from '../auth/authentication.plugin';
import { GRAPHIQL_OPTIONS, renderGraphiqlPage } from '../graphiql/graphiql-page';
import { useOperationMetrics } from '../metrics/operation-metrics.plugin';
import type { Supergraph, SupergraphSubgraph } from '../supergraph/supergraph-file';
import { corsPolicy } from './cors-policy';
import { httpTransport } from './http-transport';
import { maskGatewayError } from './mask-gateway-error';
import { useQueryLimits } from './query-limits.plugin';
import { useRequestRefusals } from './request-refusals.plugin';

/** Headers passed from the client's request to every subgraph (each subgraph verifies the token again). */
export const FORWARDED_HEADERS = ['authorization', CORRELATION_HEADER] as const;
export const FORWARDED_FOR_HEADER = 'x-forwarded-for';

export interface GatewayRuntimeOptions {
  supergraph: Supergraph;
  endpoints: SupergraphSubgraph[];
  subgraphTimeoutMs: number;
  graphiql: boolean;
  logger: Logger;
  verifier: TokenVerifier;
  /** Origins allowed cross-origin access (CORS_ORIGINS); none by default. */
  corsOrigins: readonly string[];
  /** Peers whose X-Forwarded-For is passed on (TRUSTED_PROXIES); none by default. */
  trustedProxies?: string;
  /** The operation names used as metric labels (bounded). */
  operationNames: BoundedLabelValues;
}

/** The Hive Gateway runtime over the static supergraph, with each subgraph at its deployed URL. */
export function createGraphqlRuntime(options: GatewayRuntimeOptions): GatewayRuntime<{ req?: IncomingMessage }> {
  const isTrustedProxy = trustedProxies(options.trustedProxies);
  return createGatewayRuntime<{ req?: IncomingMessage }>({
    supergraph: options.supergraph.sdl,
    // Hive's Rust query planner (native addon) instead of the JavaScript one: less CPU per request.
    unifiedGraphHandler,
    transports: { http: httpTransport(options.subgraphTimeoutMs) },
    transportEntries: Object.fromEntries(options.endpoints.map(({ name, url }) => [name, { location: url }])),
    // The operation metrics only observe (so that refusals are counted too); authentication is the first to
    // act (onParams), so that anonymous queries are refused before they are even parsed.
    plugins: () => [
      useRequestRefusals(),
      useOperationMetrics(options.operationNames),
      useAuthentication(options.verifier, options.logger),
      useQueryLimits(queryLimitsFrom()),
    ],
    propagateHeaders: {
      fromClientToSubgraphs: ({ request, context }) => ({
        ...Object.fromEntries(FORWARDED_HEADERS.map((header) => [header, request.headers.get(header)])),
        [FORWARDED_FOR_HEADER]: forwardedFor(request.headers.get(FORWARDED_FOR_HEADER), context.req?.socket.remoteAddress, isTrustedProxy),
      }),
    },
    maskedErrors: { maskError: maskGatewayError },
    // Subgraph errors keep their own code; no serviceName or DOWNSTREAM_SERVICE_ERROR added.
    subgraphErrors: false,
    requestId: false,
    // No DataLoader batching of subgraph requests: the Rust planner already merges a step's fetches to one
    // subgraph, and the batching layer cost ~14% of the gateway's CPU per request and a few event-loop turns
    // of latency (ADR 0005, seventh round).
    __experimental__batchExecution: false,
    cors: corsPolicy(options.corsOrigins),
    // GraphiQL's page loads its files from the gateway (GraphiqlAssetsController), never from a CDN.
    graphiql: options.graphiql ? GRAPHIQL_OPTIONS : false,
    renderGraphiQL: renderGraphiqlPage,
    landingPage: false,
    logging: options.logger,
  });
}

/**
 * `X-Forwarded-For` for the subgraphs: the address the gateway sees, after the client's own value only when
 * that peer is a trusted proxy (TRUSTED_PROXIES: a load balancer in front of the gateway), so that identity
 * can limit sign-in attempts per client. From any other peer the header is the client's own words (it could
 * claim a fresh address per attempt) and is dropped.
 */
export function forwardedFor(
  existing: string | null,
  remoteAddress: string | undefined,
  isTrustedProxy: (address: string) => boolean,
): string | null {
  const client = remoteAddress?.startsWith('::ffff:') ? remoteAddress.slice('::ffff:'.length) : remoteAddress;
  if (!client) return null;
  const previous = isTrustedProxy(client) ? existing?.trim() : undefined;
  return previous ? `${previous}, ${client}` : client;
}
