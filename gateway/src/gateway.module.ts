import { DynamicModule, Module } from '@nestjs/common';
import { TokenVerifier, type TokenVerification } from '@imis/auth';
import { ObservabilityModule, readinessCheck } from '@imis/observability';
import { PinoLogger } from 'nestjs-pino';
import { createGraphqlRuntime } from './graphql/gateway-runtime.factory';
import { GATEWAY_RUNTIME, GraphqlEndpoint } from './graphql/graphql-endpoint';
import { hivePinoLogger, hiveLogLevel } from './graphql/hive-pino-logger';
import { pingSubgraph } from './health/subgraph-readiness';
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
}

/**
 * One GraphQL endpoint over every deployed subgraph, for signed-in callers (and identity's public
 * operations); ready only when each subgraph answers.
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
          readiness: options.endpoints.map(({ name, url }) =>
            readinessCheck(`subgraph:${name}`, () => () => pingSubgraph(url, options.readinessTimeoutMs)),
          ),
        }),
      ],
      providers: [
        GraphqlEndpoint,
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
            });
          },
        },
      ],
    };
  }
}
