import { authEnvSchema } from '@imis/auth';
import { baseEnvSchema } from '@imis/config';
import { isTrustedProxiesList } from '@imis/observability';
import { z } from 'zod';
import { SUBGRAPHS } from '@imis/deployment';

/** LOCATION_URL…: optional override of each subgraph's URL composed into the supergraph. */
const subgraphUrlOverrides = Object.fromEntries(
  SUBGRAPHS.map((subgraph) => [subgraph.urlEnv, z.string().url().optional().describe(`${subgraph.name} subgraph GraphQL URL`)]),
) as Record<string, z.ZodOptional<z.ZodString>>;

/** Environment of the gateway process (AUTH_*: how it verifies access tokens, as every subgraph does). */
export const gatewayEnvSchema = baseEnvSchema.extend({
  ...authEnvSchema.shape,
  HOST: z.string().default('127.0.0.1'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000).describe('0 picks a free port (tests)'),
  GATEWAY_METRICS_HOST: z
    .string()
    .default('127.0.0.1')
    .describe('address of the /metrics listener: loopback by default, the pod or private address where Prometheus scrapes'),
  GATEWAY_METRICS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .optional()
    .describe('port of /metrics, apart from GATEWAY_PORT (which serves no metrics): 9464 by default, 0 (a free port) under NODE_ENV=test'),
  GATEWAY_METRICS_MAX_OPERATIONS: z.coerce
    .number()
    .int()
    .positive()
    .default(200)
    .describe('distinct operation names kept as metric labels; later names are counted as "other"'),
  SUPERGRAPH_PATH: z.string().default('gateway/supergraph.graphql').describe('relative to the repository root'),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(30000),
  READINESS_TIMEOUT_MS: z.coerce.number().int().positive().default(1500),
  ACCESS_LOG_SLOW_MS: z.coerce
    .number()
    .int()
    .nonnegative()
    .optional()
    .describe('when set, GraphQL requests that succeed within this many ms are logged at debug instead of info'),
  CORS_ORIGINS: z
    .string()
    .optional()
    .describe('comma-separated origins allowed cross-origin access to /graphql (e.g. https://app.example.org); none by default'),
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .refine(isTrustedProxiesList, 'comma-separated IP addresses or CIDRs (or loopback, linklocal, uniquelocal)')
    .describe("peers in front of the gateway (a load balancer) whose X-Forwarded-For is passed on; none by default"),
  GRAPHIQL: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((value) => (value === undefined ? undefined : value === 'true' || value === '1'))
    .describe('GraphiQL on GET /graphql; default: on except in production'),
  ...subgraphUrlOverrides,
});

export type GatewayEnv = z.infer<typeof gatewayEnvSchema> & Record<string, unknown>;

export const DEFAULT_METRICS_PORT = 9464;

/**
 * Where the gateway serves /metrics. Under NODE_ENV=test (Jest, and the processes tests start) a free port, so
 * that the gateways of tests never contend with each other or with a running stack for the default port.
 */
export function metricsPort(config: Pick<GatewayEnv, 'GATEWAY_METRICS_PORT' | 'NODE_ENV'>): number {
  return config.GATEWAY_METRICS_PORT ?? (config.NODE_ENV === 'test' ? 0 : DEFAULT_METRICS_PORT);
}
