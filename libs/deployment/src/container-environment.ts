import type { ServiceDeployment, SubgraphDefinition } from './subgraphs';

/** A process of a service as a deployment runs it. */
export type ServiceProcessKind = 'api' | 'worker' | 'migrate';

/**
 * Variables every service API or worker process is given in a container: their defaults (127.0.0.1, the
 * repository's own directories) suit only a laptop running `npm start`.
 */
export const SERVICE_CONTAINER_ENV: readonly string[] = ['NODE_ENV', 'HOST', 'PORT', 'DATABASE_URL', 'NATS_URL', 'REDIS_URL', 'AUTH_JWKS_URL'];

/** Secrets of every service process, given as files (`DATABASE_PASSWORD_FILE`): each service has its own database role. */
export const SERVICE_CONTAINER_SECRETS: readonly string[] = ['DATABASE_PASSWORD'];

/** What a migration process needs: its database only. */
export const MIGRATION_CONTAINER_ENV: readonly string[] = ['DATABASE_URL'];

/** What a deployment must give one process of a service: every service's needs plus the service's own (`imis.deployment`). */
export function containerNeeds(subgraph: Pick<SubgraphDefinition, 'deployment'>, kind: ServiceProcessKind): ServiceDeployment {
  if (kind === 'migrate') return { env: [...MIGRATION_CONTAINER_ENV], secrets: [...SERVICE_CONTAINER_SECRETS], directories: [] };
  const own = subgraph.deployment;
  return {
    env: [...new Set([...SERVICE_CONTAINER_ENV, ...own.env])],
    secrets: [...new Set([...SERVICE_CONTAINER_SECRETS, ...own.secrets])],
    directories: [...own.directories],
  };
}

/** What the gateway needs in a container: where it listens, its supergraph, identity's keys and every subgraph's URL. */
export function gatewayContainerEnv(subgraphs: readonly Pick<SubgraphDefinition, 'urlEnv'>[]): string[] {
  return ['NODE_ENV', 'HOST', 'GATEWAY_PORT', 'SUPERGRAPH_PATH', 'AUTH_JWKS_URL', ...subgraphs.map((subgraph) => subgraph.urlEnv)];
}
