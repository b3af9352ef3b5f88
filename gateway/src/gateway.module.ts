import { DynamicModule, Module } from '@nestjs/common';
import { TokenVerifier, type TokenVerification } from '@imis/auth';
import { BoundedLabelValues, ObservabilityModule, readinessCheck, trustedProxies } from '@imis/observability';
import { PinoLogger } from 'nestjs-pino';
import { GraphiqlAssets } from './graphiql/graphiql-assets';
import { GraphiqlAssetsController } from './graphiql/graphiql-assets.controller';
import { createGraphqlRuntime } from './graphql/gateway-runtime.factory';
import { GATEWAY_RUNTIME, GraphqlEndpoint } from './graphql/graphql-endpoint';
import { hivePinoLogger, hiveLogLevel } from './graphql/hive-pino-logger';
import { pingSubgraph } from './health/subgraph-readiness';
import { type GatewayMetricsAddress, GatewayMetricsEndpoint } from './metrics/gateway-metrics.endpoint';
import { RestRoutesController } from './rest/rest-routes.controller';
import { SubgraphRestProxy } from './rest/subgraph-rest-proxy';
import type { Supergraph, SupergraphSubgraph } from './supergraph/supergraph-file';

export interface GatewayModuleOptions {
  supergraph: Supergraph;
  endpoints: SupergraphSubgraph[];
  subgraphTimeoutMs: number;
  readinessTimeoutMs: number;
  graphiql: boolean;
  logLevel: string;
  /** When set, a GraphQL request that succeeds within this many ms is logged at debug (else info). */
  accessLogSlowMs?: number;
  /** Keys, issuer and audience of the access tokens every GraphQL request is checked against. */
  verification: TokenVerification;
  /** Origins allowed cross-origin access to /graphql (CORS_ORIGINS). */
  corsOrigins: readonly string[];
  /** Peers whose X-Forwarded-For is passed on to the subgraphs (TRUSTED_PROXIES). */
  trustedProxies?: string;
  /** Where `/metrics` is served (GATEWAY_METRICS_HOST, GATEWAY_METRICS_PORT): never on the public port. */
  metrics: GatewayMetricsAddress;
  /** Distinct operation names kept as metric labels (GATEWAY_METRICS_MAX_OPERATIONS). */
  maxOperationNames: number;
}

/**
 * One GraphQL endpoint over every deployed subgraph, for signed-in callers (and identity's public
 * operations), the services' few plain HTTP routes for clients, and GraphiQL with its files when on; ready
 * only when each subgraph answers. Metrics are served on a listener of their own.
 */
@Module({})
export class GatewayModule {
  static forRoot(options: GatewayModuleOptions): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        ObservabilityModule.forRoot({
          service: 'gateway',
          logLevel: options.logLevel,
          accessLogSlowMs: options.accessLogSlowMs,
          metricsRoute: false,
          readiness: options.endpoints.map(({ name, url }) =>
            readinessCheck(`subgraph:${name}`, () => () => pingSubgraph(url, options.readinessTimeoutMs)),
          ),
        }),
      ],
      controllers: options.graphiql ? [RestRoutesController, GraphiqlAssetsController] : [RestRoutesController],
      providers: [
        GraphqlEndpoint,
        ...(options.graphiql ? [{ provide: GraphiqlAssets, useFactory: () => new GraphiqlAssets() }] : []),
        {
          provide: SubgraphRestProxy,
          useFactory: () =>
            new SubgraphRestProxy({ endpoints: options.endpoints, timeoutMs: options.subgraphTimeoutMs, isTrustedProxy: trustedProxies(options.trustedProxies) }),
        },
        {
          provide: GatewayMetricsEndpoint,
          inject: [PinoLogger],
          useFactory: (logger: PinoLogger) => new GatewayMetricsEndpoint(options.metrics, logger),
        },
        {
          provide: GATEWAY_RUNTIME,
          inject: [PinoLogger],
          useFactory: (logger: PinoLogger) => {
            logger.setContext('GraphQL');
            return createGraphqlRuntime({
              supergraph: options.supergraph,
              endpoints: options.endpoints,
              subgraphTimeoutMs: options.subgraphTimeoutMs,
              graphiql: options.graphiql,
              logger: hivePinoLogger(logger, hiveLogLevel(options.logLevel)),
              verifier: new TokenVerifier(options.verification.keys, options.verification.audience),
              corsOrigins: options.corsOrigins,
              trustedProxies: options.trustedProxies,
              operationNames: new BoundedLabelValues(options.maxOperationNames),
            });
          },
        },
      ],
    };
  }
}
