import { randomBytes } from 'crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { startProcess, stopAll, SUBGRAPHS, waitForReady } from '@imis/deployment';
import { dropDatabase, ensureDatabase } from '@imis/persistence';

export const BENCH_ADMIN = { username: 'bench-admin', password: 'Kilimanjaro-Summit-5895' };
const BENCH_PORT = 4112;

export interface BenchIdentity {
  readonly url: string;
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * The identity service as its own process (as deployed), on a fresh bench database and event prefix, with
 * its first-boot administrator (IMIS_ADMIN_USERNAME/PASSWORD), the configured argon2 cost, and a rate limit
 * too high to get in the way. stop() ends it and drops the database and its streams.
 */
export async function startBenchIdentity(logLevel: string): Promise<BenchIdentity> {
  const identity = SUBGRAPHS.find((subgraph) => subgraph.name === 'identity')!;
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const tag = randomBytes(4).toString('hex');
  const database = `imis_identity_bench_${tag}`;
  const prefix = `bauth${tag}.`;
  await ensureDatabase(databaseUrl, database);
  const managed = startProcess(
    'identity',
    identity.entry,
    {
      PORT: String(BENCH_PORT),
      DATABASE_URL: databaseUrl,
      DATABASE_NAME: database,
      NATS_URL: natsUrl,
      EVENT_PREFIX: prefix,
      MIGRATE_ON_START: 'true',
      IMIS_ADMIN_USERNAME: BENCH_ADMIN.username,
      IMIS_ADMIN_PASSWORD: BENCH_ADMIN.password,
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: logLevel,
    },
    { quiet: logLevel === 'silent' },
  );
  const url = `http://127.0.0.1:${BENCH_PORT}`;
  const stop = async () => {
    await stopAll();
    await dropDatabase(databaseUrl, database);
    const nats = await connect({ servers: natsUrl });
    const jsm = await jetstreamManager(nats);
    const streamPrefix = `${prefix.slice(0, -1).toUpperCase()}_`;
    for await (const name of jsm.streams.names()) if (name.startsWith(streamPrefix)) await jsm.streams.delete(name);
    await nats.close();
  };
  try {
    await waitForReady(`${url}/health/ready`, 60_000, managed);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: managed.child.pid, stop };
}
