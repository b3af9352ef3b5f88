import { rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { deployedSubgraphs, type ManagedProcess, runProcess, type SubgraphDefinition, startProcess, stopAll, waitForReady } from '@imis/deployment';
import { StreamReader } from './stream-reader';
import { supergraphFile } from './supergraph-file';
import { createTestDatabase, freePort, randomEventPrefix, startWorkerProcess, testInfrastructure, type TestDatabase } from '@imis/testing';

/** One running subgraph with its own test database. */
export interface RunningSubgraph {
  definition: SubgraphDefinition;
  database: TestDatabase;
  url: string;
  origin: string;
}

/** A service's job worker (`src/worker.ts`) running as its own process. */
export interface RunningWorker {
  name: string;
  process: ManagedProcess;
  /** Where it serves /health and /metrics. */
  origin: string;
}

export interface DeploymentOptions {
  /** The subgraphs to start (identity always is); absent: every deployed subgraph. */
  only?: readonly string[];
  /** Environment added to one service's (e.g. a payment gateway URL), by service name; its worker gets it too. */
  env?: Record<string, Record<string, string>>;
  /**
   * Services whose `src/worker.ts` runs as its own process, on the service's database, event prefix and job queues
   * (a port of its own); their API processes then only enqueue jobs (JOBS_CONCURRENCY=0 unless `env` sets it).
   */
  workers?: readonly string[];
  /** Runs once the deployment's databases exist (empty) and before anything migrates or starts in them (a restore). */
  beforeMigrate?: (deployment: Deployment) => Promise<void>;
}

/**
 * The deployed subgraphs (read from `services/`, so a new service is started without new code), or some of
 * them, and the gateway as real processes, each service on its own test database, one event prefix, and the
 * worker processes asked for; the administrator is created by identity from IMIS_ADMIN_*, and signs in with `login`.
 */
export class Deployment {
  readonly prefix = randomEventPrefix();
  subgraphs: RunningSubgraph[] = [];
  workers: RunningWorker[] = [];
  gatewayOrigin = '';
  /** The gateway's `/metrics` (a listener of its own, never the API's port). */
  gatewayMetricsUrl = '';
  private streams?: StreamReader;
  private supergraphDirectory?: string;
  private processes: ManagedProcess[] = [];

  /** The insuree service's PHOTO_DIR. */
  get photoDirectory(): string {
    return join(tmpdir(), `${this.prefix}photos`);
  }

  /** The stream reader of the deployment's event prefix. */
  get events(): StreamReader {
    if (!this.streams) throw new Error('the deployment is not started');
    return this.streams;
  }

  /** The database of a started subgraph, to look inside in a test. */
  database(name: string): TestDatabase {
    const subgraph = this.subgraphs.find((candidate) => candidate.definition.name === name);
    if (!subgraph) throw new Error(`${name} is not deployed`);
    return subgraph.database;
  }

  /** The worker process of a service started with `workers`. */
  worker(name: string): RunningWorker {
    const worker = this.workers.find((candidate) => candidate.name === name);
    if (!worker) throw new Error(`${name} has no worker process in this deployment`);
    return worker;
  }

  /** What each process printed last and whether it still runs: for the message of a step that gives up. */
  recentOutput(): string {
    return this.processes.map((process) => `--- ${process.name} (${process.child.exitCode ?? 'running'}):\n${process.recentOutput()}`).join('\n');
  }

  get gatewayUrl(): string {
    return `${this.gatewayOrigin}/graphql`;
  }

  async start(admin: { username: string; password: string }, options: DeploymentOptions = {}): Promise<void> {
    const { natsUrl, redisUrl } = await testInfrastructure();
    this.streams = await StreamReader.connect(natsUrl, this.prefix);
    const definitions = deployedSubgraphs().filter((definition) => !options.only || definition.name === 'identity' || options.only.includes(definition.name));
    const ports = new Map<string, number>();
    for (const definition of definitions) ports.set(definition.name, await freePort());
    const withWorker = options.workers ?? [];
    for (const name of withWorker) {
      if (!definitions.some((definition) => definition.name === name && definition.worker)) throw new Error(`${name} is not deployed or has no src/worker.ts`);
    }
    const identityPort = ports.get('identity');
    if (identityPort === undefined) throw new Error('the hostile-input test signs in through identity, which is not deployed');
    const jwksUrl = `http://127.0.0.1:${identityPort}/.well-known/jwks.json`;
    for (const definition of definitions) {
      const database = await createTestDatabase(`e2e_${definition.name.replace(/-/g, '_')}`);
      const origin = `http://127.0.0.1:${ports.get(definition.name)}`;
      this.subgraphs.push({ definition, database, origin, url: `${origin}/graphql` });
    }
    // A superset of what the services read: each takes what its own config knows.
    const envOf = ({ definition, database }: RunningSubgraph, role: 'api' | 'worker' = 'api') => ({
      DATABASE_URL: database.serverUrl,
      DATABASE_NAME: database.name,
      NATS_URL: natsUrl,
      REDIS_URL: redisUrl,
      EVENT_PREFIX: this.prefix,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      OUTBOX_POLL_MS: '100',
      PORT: String(ports.get(definition.name)),
      ...(definition.name === 'identity' ? { IMIS_ADMIN_USERNAME: admin.username, IMIS_ADMIN_PASSWORD: admin.password } : { AUTH_JWKS_URL: jwksUrl }),
      PHOTO_DIR: this.photoDirectory,
      IMPORT_QUEUE_PREFIX: `${this.prefix}imis`,
      JOBS_QUEUE_PREFIX: `${this.prefix}imis`,
      ...(role === 'api' && withWorker.includes(definition.name) ? { JOBS_CONCURRENCY: '0' } : {}),
      ...options.env?.[definition.name],
    });
    await options.beforeMigrate?.(this);
    const migrations = await Promise.all(
      this.subgraphs.map(async (subgraph) => [subgraph.definition.name, await runProcess(`${subgraph.definition.name}-migrate`, subgraph.definition.migrate, envOf(subgraph), { quiet: true })] as const),
    );
    expect(migrations.filter(([, exitCode]) => exitCode !== 0)).toEqual([]);
    const started = this.subgraphs.map((subgraph) => [startProcess(subgraph.definition.name, subgraph.definition.entry, envOf(subgraph), { quiet: true }), subgraph] as const);
    // The workers need only the migrated database: they start alongside the API processes.
    const workers = this.subgraphs
      .filter(({ definition }) => withWorker.includes(definition.name))
      .map(async (subgraph): Promise<RunningWorker> => {
        const { process, url } = await startWorkerProcess(`${subgraph.definition.name}-worker`, subgraph.definition.worker!, envOf(subgraph, 'worker'));
        return { name: subgraph.definition.name, process, origin: url };
      });
    const apisReady = async () => {
      for (const [process, subgraph] of started) await waitForReady(`${subgraph.origin}/health/ready`, 90_000, process);
    };
    this.processes = started.map(([process]) => process);
    const [, ...running] = await Promise.all([apisReady(), ...workers]);
    this.workers = running;
    this.processes.push(...running.map((worker) => worker.process));
    const gatewayPort = await freePort();
    const gatewayMetricsPort = await freePort();
    const urls = Object.fromEntries(this.subgraphs.map((subgraph) => [subgraph.definition.urlEnv, subgraph.url]));
    const supergraph = options.only ? await supergraphFile(Object.fromEntries(this.subgraphs.map((subgraph) => [subgraph.definition.name, subgraph.url]))) : undefined;
    this.supergraphDirectory = supergraph?.directory;
    const gateway = startProcess(
      'gateway',
      'gateway/src/main.ts',
      { GATEWAY_PORT: String(gatewayPort), GATEWAY_METRICS_PORT: String(gatewayMetricsPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', AUTH_JWKS_URL: jwksUrl, ...urls, ...(supergraph ? { SUPERGRAPH_PATH: supergraph.path } : {}) },
      { quiet: true },
    );
    this.processes.push(gateway);
    this.gatewayOrigin = `http://127.0.0.1:${gatewayPort}`;
    this.gatewayMetricsUrl = `http://127.0.0.1:${gatewayMetricsPort}/metrics`;
    await waitForReady(`${this.gatewayOrigin}/health/ready`, 90_000, gateway);
  }

  /** HTTP status of `/health/live` of the gateway and of every subgraph, by name. */
  async liveness(): Promise<Record<string, number>> {
    const origins: [string, string][] = [['gateway', this.gatewayOrigin], ...this.subgraphs.map((subgraph): [string, string] => [subgraph.definition.name, subgraph.origin])];
    const statuses = await Promise.all(origins.map(async ([, origin]) => (await fetch(`${origin}/health/live`).catch(() => undefined))?.status ?? 0));
    return Object.fromEntries(origins.map(([name], index) => [name, statuses[index]]));
  }

  /** Rows in each service's `outbox` (every write of a service leaves one, in the same transaction). */
  async outboxCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const { definition, database } of this.subgraphs) {
      const client = new Client({ connectionString: database.url });
      await client.connect();
      try {
        counts[definition.name] = Number((await client.query(`select count(*) n from outbox`)).rows[0].n);
      } finally {
        await client.end();
      }
    }
    return counts;
  }

  async stop(): Promise<void> {
    await stopAll();
    await this.streams?.removeStreams(this.subgraphs.map(({ definition }) => definition.name));
    for (const { database } of this.subgraphs) await database.drop();
    if (this.supergraphDirectory) rmSync(this.supergraphDirectory, { recursive: true, force: true });
    rmSync(this.photoDirectory, { recursive: true, force: true });
  }
}
