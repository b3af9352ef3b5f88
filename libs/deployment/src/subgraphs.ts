import { discoverServices } from './service-catalogue';

/**
 * What a deployment (compose, Kubernetes) must give a service beyond what every service gets
 * (CONTAINER_ENV of ./container-environment): `imis.deployment` of its package.json.
 */
export interface ServiceDeployment {
  /** Variables to set: their defaults suit only a laptop (TRUSTED_PROXIES behind a gateway on another host). */
  env: string[];
  /** Variables holding a secret: given as files (`X_FILE`, Docker secrets), never in plain sight. */
  secrets: string[];
  /** Variables naming a directory whose files must outlive the container (a volume every process of the service shares). */
  directories: string[];
}

/**
 * A deployable service as the tools launch it: entry points and ports, read from `services/<name>/`
 * without loading the service's code (the gateway reads it too). Paths are relative to the repository root.
 */
export interface SubgraphDefinition {
  /** Subgraph (and service) name; also the join__graph name in the supergraph. */
  name: string;
  /** Env variable overriding the subgraph's GraphQL URL at the gateway (`LOCATION_URL`). */
  urlEnv: string;
  /** URL written into the committed supergraph (a laptop running `npm start`). */
  defaultUrl: string;
  /** Prints the subgraph SDL (with federation directives) to stdout, needing no database or NATS. */
  schemaCommand: string;
  /** API process of the service. */
  entry: string;
  /** Worker process of the service, when it has one (`src/worker.ts`). */
  worker?: string;
  /** Creates the service database if missing and applies its migrations, then exits. */
  migrate: string;
  /** Writes the service's next migration; with `--check`, fails when entities and migrations differ. */
  createMigration: string;
  /** Port the service listens on under `npm start` (env PORT): `imis.port` of its package.json. */
  port: number;
  /** Env variable of `npm start` overriding that port (`LOCATION_PORT`). */
  portEnv: string;
  deployment: ServiceDeployment;
}

/** Every service under `services/`, in port order (a service is a folder whose package.json has `imis.port`). */
export const SUBGRAPHS: readonly SubgraphDefinition[] = discoverServices();

/**
 * The subgraphs of this deployment: env IMIS_SERVICES is a comma-separated list of names
 * (default: all). An unknown name is refused rather than silently ignored.
 */
export function deployedSubgraphs(env: NodeJS.ProcessEnv = process.env, known: readonly SubgraphDefinition[] = SUBGRAPHS): SubgraphDefinition[] {
  const wanted = (env.IMIS_SERVICES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (wanted.length === 0) return [...known];
  const unknown = wanted.filter((name) => !known.some((subgraph) => subgraph.name === name));
  if (unknown.length > 0) {
    throw new Error(`IMIS_SERVICES names unknown service(s): ${unknown.join(', ')}; known: ${known.map((s) => s.name).join(', ')}`);
  }
  return known.filter((subgraph) => wanted.includes(subgraph.name));
}

/** The subgraph's GraphQL URL: its env override, else the default. */
export function subgraphUrl(subgraph: SubgraphDefinition, env: NodeJS.ProcessEnv = process.env): string {
  return env[subgraph.urlEnv] || subgraph.defaultUrl;
}

/** The port the service gets under `npm start`: its env override (`LOCATION_PORT`), else its own. */
export function subgraphPort(subgraph: SubgraphDefinition, env: NodeJS.ProcessEnv = process.env): number {
  const override = env[subgraph.portEnv];
  if (override === undefined || override === '') return subgraph.port;
  const port = Number(override);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${subgraph.portEnv}="${override}" is not a port`);
  return port;
}
