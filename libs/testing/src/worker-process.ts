import type { Client } from 'pg';
import { type ManagedProcess, startProcess, waitForReady } from '@imis/deployment';
import { freePort } from './free-port';
import type { ServiceTestApp } from './service-test-app';

/** A service's `src/worker.ts` as its own process on a free port, ready; for crash tests (kill -9 mid-job). */
export async function startWorkerProcess(name: string, entry: string, env: NodeJS.ProcessEnv): Promise<{ process: ManagedProcess; url: string }> {
  const port = await freePort();
  const process = startProcess(name, entry, { ...env, PORT: String(port), HOST: '127.0.0.1' }, { quiet: true });
  const url = `http://127.0.0.1:${port}`;
  await waitForReady(`${url}/health/ready`, 90_000, process);
  return { process, url };
}

const OTHER_BACKENDS = `select a.pid from pg_stat_activity a where a.datname = current_database() and a.pid <> $1 and a.pid <> pg_backend_pid()`;
const pidOf = (blocker: Client) => (blocker as unknown as { processID: number }).processID;

/**
 * Backends of the service's database, other than the test's own connections, holding a row-exclusive lock on
 * `table`: a worker caught writing (behind a row the blocker holds) and about to commit.
 */
export function backendsWriting(service: ServiceTestApp, blocker: Client, table: string): Promise<{ pid: number }[]> {
  return service.query<{ pid: number }>(
    `${OTHER_BACKENDS} and exists (select 1 from pg_locks l where l.pid = a.pid and l.relation = $2::regclass and l.mode = 'RowExclusiveLock')`,
    [pidOf(blocker), table],
  );
}

/** Backends of the service's database, other than the test's own connections, waiting for a lock. */
export function backendsWaitingOnLocks(service: ServiceTestApp, blocker: Client): Promise<{ pid: number }[]> {
  return service.query<{ pid: number }>(`${OTHER_BACKENDS} and a.wait_event_type = 'Lock'`, [pidOf(blocker)]);
}
