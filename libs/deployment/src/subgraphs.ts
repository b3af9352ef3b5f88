/**
 * Every subgraph the platform knows, in one place. The supergraph is composed from the deployed ones
 * (IMIS_SERVICES), `npm start` launches them, and the gateway reads their URLs from `urlEnv`.
 * Paths are relative to the repository root.
 */
export interface SubgraphDefinition {
  /** Subgraph (and service) name; also the join__graph name in the supergraph. */
  name: string;
  /** Env variable overriding the subgraph's GraphQL URL at the gateway. */
  urlEnv: string;
  /** URL written into the committed supergraph (a laptop running `npm start`). */
  defaultUrl: string;
  /** Prints the subgraph SDL (with federation directives) to stdout, needing no database or NATS. */
  schemaCommand: string;
  /** API process of the service. */
  entry: string;
  /** Creates the service database if missing and applies its migrations, then exits. */
  migrate: string;
  /** Port the service listens on under `npm start` (env PORT). */
  port: number;
}

export const SUBGRAPHS: readonly SubgraphDefinition[] = [
  {
    name: 'location',
    urlEnv: 'LOCATION_URL',
    defaultUrl: 'http://127.0.0.1:4001/graphql',
    schemaCommand: 'services/location/src/print-schema.ts',
    entry: 'services/location/src/main.ts',
    migrate: 'services/location/src/migrate.ts',
    port: 4001,
  },
  {
    name: 'identity',
    urlEnv: 'IDENTITY_URL',
    defaultUrl: 'http://127.0.0.1:4002/graphql',
    schemaCommand: 'services/identity/src/print-schema.ts',
    entry: 'services/identity/src/main.ts',
    migrate: 'services/identity/src/migrate.ts',
    port: 4002,
  },
  {
    name: 'insuree',
    urlEnv: 'INSUREE_URL',
    defaultUrl: 'http://127.0.0.1:4003/graphql',
    schemaCommand: 'services/insuree/src/print-schema.ts',
    entry: 'services/insuree/src/main.ts',
    migrate: 'services/insuree/src/migrate.ts',
    port: 4003,
  },
];

/**
 * The subgraphs of this deployment: env IMIS_SERVICES is a comma-separated list of names
 * (default: all). An unknown name is refused rather than silently ignored.
 */
export function deployedSubgraphs(env: NodeJS.ProcessEnv = process.env): SubgraphDefinition[] {
  const wanted = (env.IMIS_SERVICES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (wanted.length === 0) return [...SUBGRAPHS];
  const unknown = wanted.filter((name) => !SUBGRAPHS.some((subgraph) => subgraph.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `IMIS_SERVICES names unknown service(s): ${unknown.join(', ')}; known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`,
    );
  }
  return SUBGRAPHS.filter((subgraph) => wanted.includes(subgraph.name));
}

/** The subgraph's GraphQL URL: its env override, else the default. */
export function subgraphUrl(subgraph: SubgraphDefinition, env: NodeJS.ProcessEnv = process.env): string {
  return env[subgraph.urlEnv] || subgraph.defaultUrl;
}
