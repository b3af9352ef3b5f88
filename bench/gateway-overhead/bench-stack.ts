import {
  COMPILED_DIR,
  COMPILED_DIR_ENV,
  compileSources,
  migrateServices,
  startProcess,
  SUBGRAPHS,
  waitForReady,
} from '@imis/deployment';
import { supergraphOf } from '../support/supergraph';

export const BENCH_PORTS = { location: 4101, gateway: 4100 };

export interface BenchStack {
  subgraphUrl: string;
  gatewayUrl: string;
  pids: { subgraph?: number; gateway?: number };
}

/**
 * The location service (own database imis_location_bench, event prefix "bench.") and the gateway over a
 * supergraph of location alone, each as its own process started as `npm start` starts them (compiled
 * JavaScript, unless `typescript` is set: through @swc-node/register), trusting `jwks`. `env` is added to
 * both processes' environment (e.g. NODE_OPTIONS for a profiler).
 */
export async function startBenchStack(logLevel: string, jwks: string, env: NodeJS.ProcessEnv = {}, typescript = false): Promise<BenchStack> {
  if (typescript) delete process.env[COMPILED_DIR_ENV];
  else {
    await compileSources();
    process.env[COMPILED_DIR_ENV] = COMPILED_DIR;
  }
  const location = SUBGRAPHS.find((subgraph) => subgraph.name === 'location')!;
  const subgraphUrl = `http://127.0.0.1:${BENCH_PORTS.location}/graphql`;
  const gatewayUrl = `http://127.0.0.1:${BENCH_PORTS.gateway}/graphql`;
  const serviceEnv = { DATABASE_NAME: 'imis_location_bench', EVENT_PREFIX: 'bench.', LOG_LEVEL: logLevel, NODE_ENV: 'production', AUTH_JWKS: jwks };
  await migrateServices([location], serviceEnv);
  const service = startProcess('location', location.entry, { ...serviceEnv, ...env, PORT: String(BENCH_PORTS.location) }, { quiet: true });
  await waitForReady(`http://127.0.0.1:${BENCH_PORTS.location}/health/ready`, 90_000, service);
  const supergraphPath = await supergraphOf([location]);
  const gateway = startProcess(
    'gateway',
    'gateway/src/main.ts',
    {
      GATEWAY_PORT: String(BENCH_PORTS.gateway),
      SUPERGRAPH_PATH: supergraphPath,
      [location.urlEnv]: subgraphUrl,
      LOG_LEVEL: logLevel,
      NODE_ENV: 'production',
      AUTH_JWKS: jwks,
      ...env,
    },
    { quiet: true },
  );
  await waitForReady(`http://127.0.0.1:${BENCH_PORTS.gateway}/health/ready`, 90_000, gateway);
  return { subgraphUrl, gatewayUrl, pids: { subgraph: service.child.pid, gateway: gateway.child.pid } };
}

