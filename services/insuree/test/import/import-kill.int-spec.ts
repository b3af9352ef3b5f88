import { randomBytes } from 'crypto';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import { stopAll } from '@imis/deployment';
import { backendsWaitingOnLocks, backendsWriting, type ServiceTestApp, startWorkerProcess } from '@imis/testing';
import { insureeImportQueue } from '../../src/modules/import/application/insuree-import.queue';
import { startInsuree } from '../support/insuree-service';
import { seedPlaces } from '../support/registry-fixtures';
import { csvOf, finished, head, IMPORT, member, startImport } from './import-fixtures';

const FAMILIES = 5_000;
const MEMBERS = 3;

/**
 * `kill -9` of a real worker process (src/worker.ts) in the middle of an import: its writes die with its
 * transaction, BullMQ gives the job to the next worker once the dead one's lock has expired, and the import
 * runs again from scratch: every row imported exactly once. Also what that worker serves on /metrics.
 */
describe('insuree service: a worker process killed mid-import', () => {
  const prefix = `imis-test-${randomBytes(4).toString('hex')}`;
  let service: ServiceTestApp;
  let blocker: Client;

  beforeAll(async () => {
    // The API only enqueues imports (the new variable names; IMPORT_* still work).
    ({ service } = await startInsuree({ JOBS_QUEUE_PREFIX: prefix, JOBS_CONCURRENCY: 'insuree-import=0' }));
    await seedPlaces(service);
    blocker = new Client({ connectionString: service.db.url });
    await blocker.connect();
  });

  afterAll(async () => {
    await stopAll();
    await blocker?.end();
    const redis = new Redis(service.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const queue = new Queue(insureeImportQueue.name, { connection: redis, prefix });
    await queue.obliterate({ force: true });
    await queue.close();
    redis.disconnect();
    await service?.close();
  });

  const startWorker = () => startWorkerProcess('insuree-worker', 'services/insuree/src/worker.ts', { ...service.env, JOBS_QUEUE_PREFIX: prefix, JOBS_CONCURRENCY: 'insuree-import=1', JOBS_LOCK_SECONDS: '3' });
  const writingFamilies = () => backendsWriting(service, blocker, 'family');

  it('loses nothing and imports every row exactly once', async () => {
    const rows = Array.from({ length: FAMILIES * MEMBERS }, (_, index) => {
      const family = `K${Math.floor(index / MEMBERS)}`;
      return index % MEMBERS === 0 ? head(family) : member(family);
    });
    const numbers = rows.map((row) => row.insuranceNumber as string);
    const first = await startWorker();
    const response = await startImport(service, csvOf(rows));
    const id = response.data!.startInsureeImport.insureeImport.id as string;

    // Mid-way: once the import has started, holding its row keeps the worker from committing (its next
    // progress write waits, and the import waits for it); the kill comes once it has written families.
    await service.eventually(async () => (await service.query<{ status: string }>('select status from insuree_import where id = $1', [id]))[0]?.status === 'RUNNING');
    await blocker.query('begin');
    await blocker.query('select 1 from insuree_import where id = $1 for update', [id]);
    await service.eventually(async () => (await backendsWaitingOnLocks(service, blocker)).length > 0 && (await writingFamilies()).length > 0, 30_000);
    first.process.child.kill('SIGKILL');
    expect(await first.process.exited).not.toBe(0);
    await service.eventually(async () => (await writingFamilies()).length === 0); // its transaction died with it
    await blocker.query('commit');
    const [{ insurees }] = await service.query<{ insurees: string }>('select count(*) as insurees from insuree where insurance_number = any($1)', [numbers]);
    expect(insurees).toBe('0');
    expect((await service.data(IMPORT, { id, first: 0 })).insureeImport.status).toBe('RUNNING');

    const second = await startWorker();
    const done = await finished(service, id, undefined, 0);
    expect(done).toMatchObject({ status: 'SUCCEEDED', totalRows: rows.length, rowsDone: rows.length, errorsCount: 0, familiesCreated: FAMILIES, insureesCreated: rows.length });
    const [imported] = await service.query<{ rows: string; numbers: string; families: string }>(
      'select count(*) as rows, count(distinct insurance_number) as numbers, count(distinct family_id) as families from insuree where insurance_number = any($1)',
      [numbers],
    );
    expect(imported).toEqual({ rows: String(rows.length), numbers: String(rows.length), families: String(FAMILIES) });
    const [{ events }] = await service.query<{ events: string }>(`select count(*) as events from outbox where payload->'data'->>'importId' = $1`, [id]);
    expect(events).toBe(String(FAMILIES / 250));
    expect(await service.query('select status, attempts from job where id = $1', [id])).toEqual([{ status: 'COMPLETED', attempts: 2 }]);

    // The queue metrics of the worker process, as Prometheus (and KEDA) scrape them.
    const metrics = await (await fetch(`${second.url}/metrics`)).text();
    const sample = (series: string) => Number(metrics.split('\n').find((line) => line.startsWith(`${series} `))?.slice(series.length + 1));
    const queue = `queue="insuree-import"`;
    for (const state of ['waiting', 'active', 'delayed', 'failed']) expect(sample(`job_queue_jobs{${queue},state="${state}",service="insuree"}`)).toBe(0);
    expect(sample(`job_queue_oldest_waiting_seconds{${queue},service="insuree"}`)).toBe(0);
    expect(sample(`job_finished_total{${queue},outcome="completed",service="insuree"}`)).toBe(1);
    expect(sample(`job_duration_seconds_count{service="insuree",${queue}}`)).toBe(1); // histograms put the default label first
    expect(sample('insuree_imports_finished_total{status="SUCCEEDED",service="insuree"}')).toBe(1);
  }, 240_000);
});
