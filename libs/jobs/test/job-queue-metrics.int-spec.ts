import Redis from 'ioredis';
import { metricsRegistry } from '@imis/observability';
import { testInfrastructure } from '@imis/testing';
import { addQueueStatsSource, removeQueueStatsSource } from '../src/metrics/job.metrics';
import { effectsQueue, Gate, idleQueue } from './support/test-processors';
import { eventually, type JobsTestApp, startJobsTestApp } from './support/jobs-test-app';

/** What a worker pool is sized and scaled on: the wait list KEDA reads, the wait before a worker takes a job, capacity. */
describe('libs/jobs: queue metrics for scaling', () => {
  let jobs: JobsTestApp;
  let redis: Redis;

  beforeAll(async () => {
    jobs = await startJobsTestApp();
    redis = new Redis((await testInfrastructure()).redisUrl);
  });
  afterAll(async () => {
    jobs?.app.get(Gate).open();
    redis?.disconnect();
    await jobs?.close();
  });

  const add = (queue: typeof effectsQueue, key: string) => jobs.em.fork().transactional(async (tx) => jobs.enqueuer.add(tx, queue, { key }).id);
  const scrape = async () => {
    const text = await metricsRegistry.metrics();
    return (series: string) => {
      const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
      return line === undefined ? undefined : Number(line.slice(series.length + 1));
    };
  };

  it('keeps waiting jobs in the Redis list `<JOBS_QUEUE_PREFIX>:<queue>:wait` that KEDA’s redis scaler measures, as the gauge counts them', async () => {
    const prefix = jobs.bullQueue(idleQueue.name).opts.prefix!;
    for (const key of ['k1', 'k2', 'k3', 'k4']) await add(idleQueue, key); // nobody runs this queue here
    const waitList = `${prefix}:${idleQueue.name}:wait`; // the generator's waitListKey (tools/kubernetes)
    await eventually(async () => (await redis.llen(waitList)) === 4);
    expect(await redis.type(waitList)).toBe('list');
    await new Promise((resolve) => setTimeout(resolve, 1100)); // past the previous reading's second
    const sample = await scrape();
    expect(sample(`job_queue_jobs{queue="${idleQueue.name}",state="waiting"}`)).toBe(4);
  });

  it('measures how long jobs waited for a worker and how many this process runs at once', async () => {
    const ids = await Promise.all(['w1', 'w2', 'w3'].map((key) => add(effectsQueue, key)));
    await eventually(async () => {
      const rows = await jobs.sql<{ status: string }>(`select status from job where id in (?, ?, ?)`, ids);
      return rows.every((row) => row.status === 'COMPLETED');
    });
    const sample = await scrape();
    expect(sample(`job_wait_seconds_count{queue="${effectsQueue.name}"}`)).toBeGreaterThanOrEqual(3);
    expect(sample(`job_wait_seconds_sum{queue="${effectsQueue.name}"}`)).toBeGreaterThanOrEqual(0);
    expect(sample(`job_wait_seconds_bucket{le="+Inf",queue="${effectsQueue.name}"}`)).toBe(sample(`job_wait_seconds_count{queue="${effectsQueue.name}"}`));
    expect(sample(`job_finished_total{queue="${effectsQueue.name}",outcome="completed"}`)).toBeGreaterThanOrEqual(3);
    expect(sample(`job_duration_seconds_count{queue="${effectsQueue.name}"}`)).toBeGreaterThanOrEqual(3);
    // A worker runs every queue at least once at a time; test-idle is named with 0 (enqueue only).
    expect(sample(`job_worker_concurrency{queue="${effectsQueue.name}"}`)).toBe(1);
    expect(sample(`job_worker_concurrency{queue="${idleQueue.name}"}`)).toBeUndefined();
  });

  it('reads each queue once per scrape second however many scrapers ask, and drops the figures of a queue Redis did not answer for', async () => {
    let reads = 0;
    let answering = true;
    const source = {
      queueNames: () => ['test-counted'],
      counts: async () => {
        reads++;
        if (!answering) throw new Error('Redis is down');
        return { waiting: 7, active: 1, delayed: 0, failed: 0 };
      },
      oldestWaitingSeconds: async () => (answering ? 12 : Promise.reject(new Error('Redis is down'))),
    };
    addQueueStatsSource(source);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1100)); // past the previous reading's second
      const [first] = await Promise.all([scrape(), metricsRegistry.metrics(), metricsRegistry.metrics()]);
      expect(reads).toBe(1);
      expect(first('job_queue_jobs{queue="test-counted",state="waiting"}')).toBe(7);
      expect(first('job_queue_oldest_waiting_seconds{queue="test-counted"}')).toBe(12);
      answering = false;
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const second = await scrape();
      expect(reads).toBe(2);
      expect(second('job_queue_jobs{queue="test-counted",state="waiting"}')).toBeUndefined(); // no stale figure
      expect(second('job_queue_oldest_waiting_seconds{queue="test-counted"}')).toBeUndefined();
      expect(second(`job_queue_jobs{queue="${idleQueue.name}",state="waiting"}`)).toBe(4); // the others still there
    } finally {
      removeQueueStatsSource(source);
    }
  });
});
