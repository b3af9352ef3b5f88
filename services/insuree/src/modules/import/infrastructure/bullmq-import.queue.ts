import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type JobsOptions, Queue } from 'bullmq';
import Redis from 'ioredis';
import { InjectInsureeEnv } from '../../../config/insuree-env.module';
import type { InsureeEnv } from '../../../config/insuree.config';
import type { ImportQueue, QueuedImportState } from '../application/import-queue.port';
import { countImportJobsWith } from './import.metrics';

export const IMPORT_QUEUE_NAME = 'insuree-import';

export interface ImportJobData {
  importId: string;
}

/**
 * Infrastructure failures (database, Redis) are retried from scratch; a refused file is an outcome, not a
 * failure. Finished jobs are kept a while for inspection, then removed.
 */
export const IMPORT_JOB_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 24 * 3600, count: 1_000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 1_000 },
};

/** The BullMQ queue `insuree-import`: the job id is the import id, so enqueueing twice adds one job. */
@Injectable()
export class BullImportQueue implements ImportQueue, OnModuleDestroy {
  private readonly connection: Redis;
  private readonly queue: Queue<ImportJobData>;

  constructor(@InjectInsureeEnv() env: InsureeEnv) {
    this.connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2 });
    this.connection.on('error', () => undefined); // reported by the readiness check; ioredis reconnects
    this.queue = new Queue<ImportJobData>(IMPORT_QUEUE_NAME, { connection: this.connection, prefix: env.IMPORT_QUEUE_PREFIX, defaultJobOptions: IMPORT_JOB_OPTIONS });
    countImportJobsWith(() => this.queue.getJobCounts('waiting', 'active', 'delayed'));
  }

  async enqueue(importId: string): Promise<void> {
    await this.queue.add('import', { importId }, { jobId: importId });
  }

  async stateOf(importId: string): Promise<QueuedImportState> {
    const state = await this.queue.getJobState(importId);
    if (state === 'unknown') return 'lost';
    if (state === 'failed') return 'gave-up';
    return state === 'completed' ? 'finished' : 'pending';
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  async onModuleDestroy(): Promise<void> {
    countImportJobsWith(undefined);
    await this.queue.close();
    this.connection.disconnect();
  }
}
