import { metricsRegistry } from '@imis/observability';
import { blockingQueue, doomedQueue, effectsQueue, Gate, idleQueue, nightlyQueue } from './support/test-processors';
import { eventually, type JobsTestApp, startJobsTestApp } from './support/jobs-test-app';

/** Scheduled (cron) runs recorded as rows, and the queue metrics ops scale and alert on. */
describe('libs/jobs: schedules and queue metrics', () => {
  let jobs: JobsTestApp;

  beforeAll(async () => {
    jobs = await startJobsTestApp();
  });
  afterAll(async () => {
    jobs?.app.get(Gate).open();
    await jobs?.close();
  });

  const add = (queue: typeof effectsQueue, key: string) => jobs.em.fork().transactional(async (tx) => jobs.enqueuer.add(tx, queue, { key }).id);

  it('runs a scheduled job when its cron pattern fires and records each run as a row', async () => {
    const runs = await eventually(async () => {
      const rows = await jobs.sql<{ status: string; schedule: string; scheduled_for: string; result: { report: string; scheduledFor: string } }>(
        `select status, schedule, scheduled_for, result from job where queue = ? and status = 'COMPLETED' order by scheduled_for`,
        [nightlyQueue.name],
      );
      return rows.length >= 2 ? rows.map((row) => ({ ...row, scheduled_for: new Date(row.scheduled_for) })) : null;
    });
    // What ops look at: when it last ran, for which firing, how it ended.
    const last = runs[runs.length - 1];
    expect(last).toMatchObject({ status: 'COMPLETED', schedule: 'every-second', result: { report: 'expiries', scheduledFor: last.scheduled_for.toISOString() } });
    expect(last.scheduled_for.getUTCMilliseconds()).toBe(0); // the firing's time, not the worker's
    const effects = await jobs.sql<{ key: string }>(`select key from test_effect where key like 'expiries %'`);
    expect(effects.map((row) => row.key)).toEqual(expect.arrayContaining(runs.map((run) => `expiries ${run.scheduled_for.toISOString()}`)));
    // One row per firing, however often a tick is delivered.
    const [{ rows, firings }] = await jobs.sql<{ rows: string; firings: string }>(
      'select count(*) as rows, count(distinct scheduled_for) as firings from job where queue = ?',
      [nightlyQueue.name],
    );
    expect(rows).toBe(firings);
  });

  it('exposes waiting, active, delayed and failed jobs and the oldest waiting age per queue', async () => {
    for (const key of ['a', 'b', 'c']) await add(idleQueue, key); // nobody runs this queue here
    const blocked = await add(blockingQueue, 'held');
    await eventually(async () => (await jobs.bullQueue(blockingQueue.name).getJobState(blocked)) === 'active');
    const doomed = await add(doomedQueue, 'metrics');
    await eventually(async () => (await jobs.bullQueue(doomedQueue.name).getJobState(doomed)) === 'failed');
    await eventually(async () => (await jobs.sql<{ status: string }>('select status from job where id = ?', [doomed]))[0]?.status === 'FAILED');

    const metrics = await metricsRegistry.metrics();
    const sample = (series: string) => {
      const line = metrics.split('\n').find((text) => text.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
    expect(sample('job_queue_jobs{queue="test-idle",state="waiting"}')).toBe(3);
    expect(sample('job_queue_jobs{queue="test-blocking",state="active"}')).toBe(1);
    expect(sample('job_queue_jobs{queue="test-doomed",state="failed"}')).toBe(1);
    expect(sample('job_queue_jobs{queue="test-effects",state="delayed"}')).toBe(0);
    expect(sample('job_queue_oldest_waiting_seconds{queue="test-idle"}')).toBeGreaterThan(0);
    expect(sample('job_queue_oldest_waiting_seconds{queue="test-blocking"}')).toBe(0);
    expect(sample('job_finished_total{queue="test-doomed",outcome="failed"}')).toBe(1);
    expect(sample('job_attempts_failed_total{queue="test-doomed"}')).toBe(2);
    expect(sample('job_finished_total{queue="test-nightly",outcome="completed"}')).toBeGreaterThanOrEqual(2);
    expect(sample('job_duration_seconds_count{queue="test-nightly"}')).toBe(sample('job_finished_total{queue="test-nightly",outcome="completed"}'));

    jobs.app.get(Gate).open();
    await eventually(async () => (await jobs.sql<{ status: string }>('select status from job where id = ?', [blocked]))[0]?.status === 'COMPLETED');
  });
});
