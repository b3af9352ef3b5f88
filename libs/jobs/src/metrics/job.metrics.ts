import { Counter, Gauge, Histogram } from 'prom-client';
import { metricsRegistry } from '@imis/observability';

/** Reads the state of a process's queues in Redis at scrape time (registered by each JobsModule). */
export interface QueueStatsSource {
  queueNames(): string[];
  counts(queue: string): Promise<Record<string, number>>;
  oldestWaitingSeconds(queue: string): Promise<number>;
}

const sources = new Set<QueueStatsSource>();

export function addQueueStatsSource(source: QueueStatsSource): void {
  sources.add(source);
}

export function removeQueueStatsSource(source: QueueStatsSource): void {
  sources.delete(source);
}

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** A queue as read from Redis at one scrape: counts by state and the oldest waiting job's age (null: Redis did not answer). */
interface QueueSample {
  counts: Record<string, number> | null;
  oldestWaitingSeconds: number | null;
}

/** How long one reading of Redis serves scrapes (both gauges of a scrape, and scrapers arriving together). */
const SAMPLE_TTL_MS = 1000;
let lastSample: { at: number; reading: Promise<Map<string, QueueSample>> } | undefined;

/** Reads every queue once (counts and oldest waiting job in parallel), shared by the scrapes of the next second. */
function sampleQueues(): Promise<Map<string, QueueSample>> {
  if (lastSample && Date.now() - lastSample.at < SAMPLE_TTL_MS) return lastSample.reading;
  const reading = (async () => {
    const samples = new Map<string, QueueSample>();
    const reads: Promise<void>[] = [];
    for (const source of sources) {
      for (const queue of source.queueNames()) {
        reads.push(
          Promise.all([source.counts(queue).catch(() => null), source.oldestWaitingSeconds(queue).catch(() => null)]).then(([counts, oldestWaitingSeconds]) => {
            samples.set(queue, { counts, oldestWaitingSeconds });
          }),
        );
      }
    }
    await Promise.all(reads);
    return samples;
  })();
  lastSample = { at: Date.now(), reading };
  return reading;
}

export const queueJobs = new Gauge({
  name: 'job_queue_jobs',
  help: 'Jobs in a queue (Redis) by state: waiting, active, delayed (waiting for a retry or a delay), failed (kept for inspection)',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset(); // a queue no longer read, or Redis not answering: no figure rather than a stale one
    for (const [queue, { counts }] of await sampleQueues()) {
      if (counts) for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
    }
  },
});

export const queueOldestWaiting = new Gauge({
  name: 'job_queue_oldest_waiting_seconds',
  help: 'Age of the oldest job waiting for a worker, in seconds (0 when none waits): what to scale workers on',
  labelNames: ['queue'] as const,
  registers: [metricsRegistry],
  async collect() {
    this.reset();
    for (const [queue, { oldestWaitingSeconds }] of await sampleQueues()) {
      if (oldestWaitingSeconds !== null) this.set({ queue }, oldestWaitingSeconds);
    }
  },
});

export const workerConcurrency = new Gauge({
  name: 'job_worker_concurrency',
  help: 'Jobs of a queue this process runs at once (JOBS_CONCURRENCY): summed over processes, the capacity of the pool',
  labelNames: ['queue'] as const,
  registers: [metricsRegistry],
});

export const jobWait = new Histogram({
  name: 'job_wait_seconds',
  help: 'Time a job waited for a worker: from being added (or due, when delayed) to the start of its first attempt',
  labelNames: ['queue'] as const,
  buckets: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
  registers: [metricsRegistry],
});

export const jobDuration = new Histogram({
  name: 'job_duration_seconds',
  help: 'Duration of completed job attempts, from their start to their commit',
  labelNames: ['queue'] as const,
  buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800],
  registers: [metricsRegistry],
});

export const jobsFinished = new Counter({
  name: 'job_finished_total',
  help: 'Jobs run to their end, by outcome: completed, or failed (gave up after the last attempt)',
  labelNames: ['queue', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const jobAttemptsFailed = new Counter({
  name: 'job_attempts_failed_total',
  help: 'Job attempts that threw (each is retried until the last)',
  labelNames: ['queue'] as const,
  registers: [metricsRegistry],
});

export const jobsRecovered = new Counter({
  name: 'job_recovered_total',
  help: 'Unfinished jobs found by the recovery sweep: lost from Redis (requeued) or out of retries unnoticed (failed)',
  labelNames: ['queue', 'action'] as const,
  registers: [metricsRegistry],
});
