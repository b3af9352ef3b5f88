import 'reflect-metadata';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'http';
import { existsSync } from 'fs';
import { dirname, join, resolve } from 'path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { tokenVerificationFrom } from '@imis/auth';
import { loadConfig } from '@imis/config';
import { keepIdleConnectionsOpen } from '@imis/observability';
import { Logger } from 'nestjs-pino';
import type { Express } from 'express';
import { gatewayEnvSchema, metricsPort } from './gateway-env.schema';
import { GatewayModule } from './gateway.module';
import { corsOrigins, httpRoutesCors } from './graphql/cors-policy';
import { GraphqlEndpoint, isGraphqlPath } from './graphql/graphql-endpoint';
import { makeLogLevelEnvHiveSafe } from './graphql/hive-pino-logger';
import { subgraphEndpoints } from './supergraph/subgraph-endpoints';
import { loadSupergraph } from './supergraph/supergraph-file';

/** The repository root: the nearest folder above with tsconfig.base.json (from the sources or their compiled copy). */
const REPO_ROOT = repositoryRoot(__dirname);

function repositoryRoot(start: string): string {
  for (let folder = start; dirname(folder) !== folder; folder = dirname(folder)) {
    if (existsSync(join(folder, 'tsconfig.base.json'))) return folder;
  }
  return resolve(__dirname, '../..');
}

/** Builds and starts the gateway; `GATEWAY_PORT=0` listens on a free port (see `app.getUrl()`). */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<INestApplication> {
  const config = loadConfig(gatewayEnvSchema, env);
  makeLogLevelEnvHiveSafe();
  const supergraph = loadSupergraph(resolve(REPO_ROOT, config.SUPERGRAPH_PATH));
  const app = await NestFactory.create(
    GatewayModule.forRoot({
      supergraph,
      endpoints: subgraphEndpoints(supergraph.subgraphs, config),
      subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
      readinessTimeoutMs: config.READINESS_TIMEOUT_MS,
      graphiql: config.GRAPHIQL ?? config.NODE_ENV !== 'production',
      logLevel: config.LOG_LEVEL,
      accessLogSlowMs: config.ACCESS_LOG_SLOW_MS,
      verification: tokenVerificationFrom(config),
      corsOrigins: corsOrigins(config.CORS_ORIGINS),
      trustedProxies: config.TRUSTED_PROXIES,
      metrics: { host: config.GATEWAY_METRICS_HOST, port: metricsPort(config) },
      maxOperationNames: config.GATEWAY_METRICS_MAX_OPERATIONS,
    }),
    // The Hive runtime reads the raw request body itself.
    { bodyParser: false, bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.enableCors(httpRoutesCors(corsOrigins(config.CORS_ORIGINS)));
  const express: Express = app.getHttpAdapter().getInstance();
  express.disable('x-powered-by');
  // /graphql goes straight to the GraphQL endpoint; express and Nest serve health, the services' plain HTTP
  // routes and GraphiQL's files (ADR 0005). Metrics have a listener of their own (GatewayMetricsEndpoint).
  const server: Server = app.getHttpServer();
  const [nest] = server.listeners('request') as RequestListener[];
  if (!nest) throw new Error('The Nest HTTP server has no request listener');
  const endpoint = app.get(GraphqlEndpoint);
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (isGraphqlPath(request.url)) endpoint.handle(request, response);
    else nest(request, response);
  });
  keepIdleConnectionsOpen(server);
  app.enableShutdownHooks();
  await app.listen(config.GATEWAY_PORT, config.HOST);
  return app;
}
