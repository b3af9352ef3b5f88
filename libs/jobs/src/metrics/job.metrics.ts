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

export const queueJobs = new Gauge({
  name: 'job_queue_jobs',
  help: 'Jobs in a queue (Redis) by state: waiting, active, delayed (waiting for a retry or a delay), failed (kept for inspection)',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
  async collect() {
    for (const source of sources) {
      for (const queue of source.queueNames()) {
        const counts = await source.counts(queue).catch(() => null); // Redis down: no figure rather than a failed scrape
        if (counts) for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
      }
    }
  },
});

export const queueOldestWaiting = new Gauge({
  name: 'job_queue_oldest_waiting_seconds',
  help: 'Age of the oldest job waiting for a worker, in seconds (0 when none waits): what to scale workers on',
  labelNames: ['queue'] as const,
  registers: [metricsRegistry],
  async collect() {
    for (const source of sources) {
      for (const queue of source.queueNames()) {
        const seconds = await source.oldestWaitingSeconds(queue).catch(() => null);
        if (seconds !== null) this.set({ queue }, seconds);
      }
    }
  },
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
