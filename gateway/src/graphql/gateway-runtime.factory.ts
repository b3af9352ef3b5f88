import { createGatewayRuntime, type GatewayRuntime, type Logger } from '@graphql-hive/gateway-runtime';
import { CORRELATION_HEADER } from '@imis/observability';
import type { Supergraph, SupergraphSubgraph } from '../supergraph/supergraph-file';
import { httpTransport } from './http-transport';
import { maskGatewayError } from './mask-gateway-error';

/** Headers passed from the client's request to every subgraph (each subgraph verifies the token again). */
export const FORWARDED_HEADERS = ['authorization', CORRELATION_HEADER] as const;

export interface GatewayRuntimeOptions {
  supergraph: Supergraph;
  endpoints: SupergraphSubgraph[];
  subgraphTimeoutMs: number;
  graphiql: boolean;
  logger: Logger;
}

/** The Hive Gateway runtime over the static supergraph, with each subgraph at its deployed URL. */
export function createGraphqlRuntime(options: GatewayRuntimeOptions): GatewayRuntime {
  return createGatewayRuntime({
    supergraph: options.supergraph.sdl,
    transports: { http: httpTransport },
    transportEntries: Object.fromEntries(options.endpoints.map(({ name, url }) => [name, { location: url }])),
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) =>
        Object.fromEntries(FORWARDED_HEADERS.map((header) => [header, request.headers.get(header)])),
    },
    maskedErrors: { maskError: maskGatewayError },
    // Subgraph errors keep their own code; no serviceName or DOWNSTREAM_SERVICE_ERROR added.
    subgraphErrors: false,
    upstreamTimeout: options.subgraphTimeoutMs,
    requestId: false,
    graphiql: options.graphiql,
    landingPage: false,
    logging: options.logger,
  });
}
