/**
 * `npm start`: checks PostgreSQL, NATS and Redis, migrates, then runs every deployed service (IMIS_SERVICES,
 * default all: the services found under services/) and the gateway as separate processes until Ctrl-C. If
 * one dies, everything stops. Ports: GATEWAY_PORT, and <SERVICE>_PORT (LOCATION_PORT…) per service.
 */
import { writeFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import { loadConfig, serviceEnvSchema } from '@imis/config';
import {
  checkNats,
  checkPostgres,
  checkRedis,
  composeSupergraph,
  deployedSubgraphs,
  INFRASTRUCTURE_HINT,
  type ManagedProcess,
  migrateServices,
  printSubgraphSdl,
  REPO_ROOT,
  startProcess,
  stopAll,
  SUBGRAPHS,
  type SubgraphDefinition,
  subgraphPort,
  waitForReady,
} from '@imis/deployment';

const READY_TIMEOUT_MS = 90_000;
const say = (message: string) => process.stdout.write(`${'start'.padEnd(8)} | ${message}\n`);
let shuttingDown = false;
let firstSignalAt = 0;

async function main(): Promise<void> {
  const subgraphs = deployedSubgraphs();
  const config = loadConfig(serviceEnvSchema);
  const host = config.HOST;
  const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
  const ports = new Map(subgraphs.map((subgraph) => [subgraph.name, subgraphPort(subgraph)]));
  const urlOf = (subgraph: SubgraphDefinition) => `http://${host}:${ports.get(subgraph.name)}/graphql`;
  const auth = authKeysEnv(host, ports.get('identity'));

  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const checks = [checkPostgres(config.DATABASE_URL, config.DATABASE_PASSWORD), checkNats(config.NATS_URL), checkRedis(redisUrl)];
  const problems = (await Promise.all(checks)).filter(Boolean);
  if (problems.length > 0) throw new Error(`${problems.join('\n')}\n${INFRASTRUCTURE_HINT}`);

  await migrateServices(subgraphs);
  const supergraphPath = await supergraphFor(subgraphs);

  const onUnexpectedExit = (managed: ManagedProcess, code: number) => {
    if (shuttingDown) return;
    say(`${managed.name} exited with code ${code}; stopping everything`);
    void shutdown(1);
  };
  await Promise.all(
    subgraphs.map((subgraph) => {
      const port = ports.get(subgraph.name)!;
      const service = startProcess(subgraph.name, subgraph.entry, { ...auth, PORT: String(port), HOST: host }, { onUnexpectedExit });
      return waitForReady(`http://${host}:${port}/health/ready`, READY_TIMEOUT_MS, service);
    }),
  );
  const gateway = startProcess(
    'gateway',
    'gateway/src/main.ts',
    {
      ...auth,
      GATEWAY_PORT: String(gatewayPort),
      HOST: host,
      SUPERGRAPH_PATH: supergraphPath,
      ...Object.fromEntries(subgraphs.map((subgraph) => [subgraph.urlEnv, urlOf(subgraph)])),
    },
    { onUnexpectedExit },
  );
  await waitForReady(`http://${host}:${gatewayPort}/health/ready`, READY_TIMEOUT_MS, gateway);
  say(`GraphQL: http://${host}:${gatewayPort}/graphql  (Ctrl-C stops everything)`);
}

/**
 * Where every process finds identity's public keys: the identity this start runs (on IDENTITY_PORT when
 * given), unless AUTH_JWKS / AUTH_JWKS_URL say otherwise; without it, the processes' default.
 */
function authKeysEnv(host: string, identityPort: number | undefined): Record<string, string> {
  if (identityPort === undefined || process.env.AUTH_JWKS || process.env.AUTH_JWKS_URL) return {};
  return { AUTH_JWKS_URL: `http://${host}:${identityPort}/.well-known/jwks.json` };
}

/** The committed supergraph when every subgraph is deployed, else one composed for this deployment. */
async function supergraphFor(subgraphs: SubgraphDefinition[]): Promise<string> {
  if (subgraphs.length === SUBGRAPHS.length) return 'gateway/supergraph.graphql';
  const outcome = composeSupergraph(await Promise.all(subgraphs.map(printSubgraphSdl)));
  if (!outcome.ok) throw new Error(`Composition failed:\n  - ${outcome.errors.join('\n  - ')}`);
  mkdirSync(join(REPO_ROOT, 'var'), { recursive: true });
  writeFileSync(join(REPO_ROOT, 'var/supergraph.graphql'), outcome.supergraphSdl);
  return 'var/supergraph.graphql';
}

async function shutdown(code: number): Promise<never> {
  if (shuttingDown) process.exit(code);
  shuttingDown = true;
  say('stopping…');
  await stopAll();
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Ctrl-C reaches this process twice under npm (from the terminal, and forwarded by npm): only a
    // signal repeated later forces the exit.
    if (shuttingDown && Date.now() - firstSignalAt > 2000) {
      say('forced exit');
      process.exit(1);
    }
    if (shuttingDown) return;
    firstSignalAt = Date.now();
    void shutdown(0);
  });
}

main().catch(async (error: unknown) => {
  if (shuttingDown) return;
  say(error instanceof Error ? error.message : String(error));
  await shutdown(1);
});
