import { Inject, Injectable } from '@nestjs/common';
import { type JobsOptions, Queue } from 'bullmq';
import Redis from 'ioredis';
import { JOBS_OPTIONS, type JobsModuleOptions } from '../jobs.options';
import type { JobSchedule } from '../processor/job-processor.decorator';
import type { JobQueueDefinition } from '../queue/job-queue.definition';

/** BullMQ job names: a run of a job row, or the firing of a schedule (which writes the row of a run). */
export const RUN_JOB = 'run';
export const SCHEDULE_TICK = 'tick';

/** Data of a tick job. */
export interface ScheduleTick {
  schedule: string;
  payload: object;
}

/** Where a job stands in Redis: waiting, delayed or running (`pending`), unknown there (`lost`), out of retries (`gave-up`), or done. */
export type TransportedJobState = 'pending' | 'lost' | 'gave-up' | 'finished';

export type QueueCounts = Record<'waiting' | 'active' | 'delayed' | 'failed', number>;

export function bullJobOptions(queue: JobQueueDefinition): JobsOptions {
  const { retention } = queue;
  return {
    attempts: queue.attempts,
    backoff: { type: queue.backoff.type, delay: queue.backoff.delayMs },
    removeOnComplete: { age: retention.completedSeconds, count: retention.completedCount },
    removeOnFail: { age: retention.failedSeconds, count: retention.failedCount },
  };
}

/**
 * BullMQ on Redis as the jobs' transport: one Queue per job queue on a shared connection. A BullMQ job's id
 * is its row's id, so carrying a job twice adds it once.
 */
@Injectable()
export class BullTransport {
  private readonly connection: Redis;
  private readonly queues = new Map<string, Queue>();

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsModuleOptions) {
    this.connection = new Redis(options.redisUrl, { maxRetriesPerRequest: 2 });
    this.connection.on('error', () => undefined); // reported by the readiness check; ioredis reconnects
  }

  get prefix(): string {
    return this.options.prefix;
  }

  queue(definition: JobQueueDefinition): Queue {
    let queue = this.queues.get(definition.name);
    if (!queue) {
      queue = new Queue(definition.name, { connection: this.connection, prefix: this.options.prefix, defaultJobOptions: bullJobOptions(definition) });
      this.queues.set(definition.name, queue);
    }
    return queue;
  }

  async enqueue(definition: JobQueueDefinition, id: string, payload: object): Promise<void> {
    await this.queue(definition).add(RUN_JOB, payload, { jobId: id });
  }

  async stateOf(definition: JobQueueDefinition, id: string): Promise<TransportedJobState> {
    const state = await this.queue(definition).getJobState(id);
    if (state === 'unknown') return 'lost';
    if (state === 'failed') return 'gave-up';
    return state === 'completed' ? 'finished' : 'pending';
  }

  async counts(definition: JobQueueDefinition): Promise<QueueCounts> {
    const counts = await this.queue(definition).getJobCounts('waiting', 'active', 'delayed', 'failed');
    return { waiting: counts.waiting ?? 0, active: counts.active ?? 0, delayed: counts.delayed ?? 0, failed: counts.failed ?? 0 };
  }

  /** Seconds since the oldest job still waiting for a worker was added (0 when none waits). */
  async oldestWaitingSeconds(definition: JobQueueDefinition): Promise<number> {
    const [oldest] = await this.queue(definition).getJobs(['wait'], 0, 0, true);
    return oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0;
  }

  /** Makes Redis fire exactly these schedules of the queue (declared ones added or updated, others removed). */
  async schedule(definition: JobQueueDefinition, schedules: readonly JobSchedule[]): Promise<void> {
    const queue = this.queue(definition);
    const opts = bullJobOptions(definition);
    for (const schedule of schedules) {
      const data: ScheduleTick = { schedule: schedule.id, payload: schedule.payload };
      await queue.upsertJobScheduler(schedule.id, { pattern: schedule.cron, tz: schedule.timeZone }, { name: SCHEDULE_TICK, data, opts });
    }
    const declared = new Set(schedules.map((schedule) => schedule.id));
    for (const existing of await queue.getJobSchedulers()) {
      if (!declared.has(existing.key)) await queue.removeJobScheduler(existing.key);
    }
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.connection.disconnect();
  }
}
