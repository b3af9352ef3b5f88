import { v7 } from 'uuid';
import { effectsQueue, doomedQueue } from './support/test-processors';
import { eventually, type JobsTestApp, startJobsTestApp } from './support/jobs-test-app';

interface JobRow {
  status: string;
  attempts: number;
  last_error: string | null;
  result: unknown;
}

/** Durable jobs on real PostgreSQL and Redis: the row is the truth, BullMQ carries it. */
describe('libs/jobs: durable jobs', () => {
  let jobs: JobsTestApp;

  beforeAll(async () => {
    jobs = await startJobsTestApp();
  });
  afterAll(() => jobs?.close());

  const effects = async (key: string) =>
    (await jobs.sql<{ attempt: number }>('select attempt from test_effect where key = ? order by id', [key])).map((row) => row.attempt);
  const jobRow = async (id: string) =>
    (await jobs.sql<JobRow>('select status, attempts, last_error, result from job where id = ?', [id]))[0];
  const finished = (id: string) =>
    eventually(async () => {
      const row = await jobRow(id);
      return row && (row.status === 'COMPLETED' || row.status === 'FAILED') ? row : null;
    });

  const add = (key: string, failAttempts?: number) =>
    jobs.em.fork().transactional(async (tx) => jobs.enqueuer.add(tx, effectsQueue, { key, failAttempts }).id);

  it('never runs a job added in a transaction that rolls back', async () => {
    const rolledBack = v7();
    await expect(
      jobs.em.fork().transactional(async (tx) => {
        jobs.enqueuer.add(tx, effectsQueue, { key: 'rolled back' }, { id: rolledBack });
        throw new Error('the command was refused');
      }),
    ).rejects.toThrow('the command was refused');
    // A job committed after it runs: the worker is there, it just never had the other one.
    expect(await finished(await add('committed after'))).toMatchObject({ status: 'COMPLETED' });
    expect(await jobRow(rolledBack)).toBeUndefined();
    expect(await jobs.bullQueue(effectsQueue.name).getJob(rolledBack)).toBeUndefined();
    expect(await effects('rolled back')).toEqual([]);
  });

  it('commits the job row with its effect: a failed attempt leaves neither, the retry both, once', async () => {
    const id = await add('retried', 1);
    expect(await finished(id)).toEqual({ status: 'COMPLETED', attempts: 2, last_error: null, result: { key: 'retried' } });
    expect(await effects('retried')).toEqual([2]); // attempt 1 wrote its effect, then failed: rolled back with it
    expect(await jobs.runner.run(id)).toBe('skipped'); // delivered again: nothing more
    expect(await effects('retried')).toEqual([2]);
  });

  it('re-enqueues a job whose row committed but which never reached Redis', async () => {
    const id = v7();
    // As left by a process that died between its commit and the enqueue.
    await jobs.sql(
      `insert into job (id, created_at, updated_at, queue, payload, status, attempts, max_attempts) values (?, now(), now() - interval '1 hour', ?, ?::jsonb, 'QUEUED', 0, 3)`,
      [id, effectsQueue.name, JSON.stringify({ key: 'lost' })],
    );
    expect(await jobs.bullQueue(effectsQueue.name).getJobState(id)).toBe('unknown');
    const recovered = await jobs.recovery.sweep(60);
    expect(recovered).toEqual({ requeued: [id], failed: [] });
    expect(await finished(id)).toMatchObject({ status: 'COMPLETED', attempts: 1 });
    expect(await effects('lost')).toEqual([1]);
    expect(await jobs.recovery.sweep(0)).toEqual({ requeued: [], failed: [] });
  });

  it('gives up after the last attempt: the row FAILED with the error, the processor told in the same transaction', async () => {
    const id = await jobs.em.fork().transactional(async (tx) => jobs.enqueuer.add(tx, doomedQueue, { key: 'doomed' }).id);
    expect(await finished(id)).toMatchObject({ status: 'FAILED', attempts: 2, last_error: 'the database of the doomed is gone', result: null });
    expect(await effects('gave up doomed: the database of the doomed is gone')).toEqual([2]);
    await eventually(async () => (await jobs.bullQueue(doomedQueue.name).getJobState(id)) === 'failed');
    // The sweep finds nothing more to do with it, and a late delivery does not run it.
    expect(await jobs.recovery.sweep(0)).toEqual({ requeued: [], failed: [] });
    expect(await jobs.runner.run(id)).toBe('skipped');
  });
});
