import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Worker } from 'bullmq';
import Redis from 'ioredis';
import { InjectInsureeEnv } from '../../../config/insuree-env.module';
import type { InsureeEnv } from '../../../config/insuree.config';
import { ImportJobRunner } from '../application/import-job.runner';
import { ImportRecovery } from '../application/import-recovery';
import { IMPORT_QUEUE_NAME, type ImportJobData } from './bullmq-import.queue';

/**
 * Runs import jobs in this process (IMPORT_WORKER_CONCURRENCY at once), each in its own EntityManager fork,
 * and every IMPORT_RECOVERY_SECONDS (and at start) recovers imports whose job was lost. Closed before the
 * database on shutdown: the job under way finishes first.
 */
@Injectable()
export class ImportWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('InsureeImportWorker');
  private connection?: Redis;
  private worker?: Worker<ImportJobData>;
  private recoveryTimer?: NodeJS.Timeout;
  private recovering?: Promise<unknown>;

  constructor(
    @InjectInsureeEnv() private readonly env: InsureeEnv,
    private readonly runner: ImportJobRunner,
    private readonly recovery: ImportRecovery,
  ) {}

  onApplicationBootstrap(): void {
    if (this.env.IMPORT_WORKER_CONCURRENCY === 0) return;
    // Workers block on Redis: BullMQ needs maxRetriesPerRequest null on their connection.
    this.connection = new Redis(this.env.REDIS_URL, { maxRetriesPerRequest: null });
    this.worker = new Worker<ImportJobData>(IMPORT_QUEUE_NAME, (job) => this.runner.run(job.data.importId), {
      connection: this.connection,
      prefix: this.env.IMPORT_QUEUE_PREFIX,
      concurrency: this.env.IMPORT_WORKER_CONCURRENCY,
    });
    this.worker.on('failed', (job, error) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      this.logger.warn(`Import ${job.data.importId} attempt ${job.attemptsMade} failed: ${error.message}${final ? '' : ' (will retry)'}`);
      if (final) void this.runner.giveUp(job.data.importId, error).catch((failure: Error) => this.logger.error(failure.message));
    });
    this.worker.on('error', (error) => this.logger.warn(`Import worker: ${error.message}`));
    this.recover();
    this.recoveryTimer = setInterval(() => this.recover(), this.env.IMPORT_RECOVERY_SECONDS * 1000);
    this.recoveryTimer.unref();
  }

  private recover(): void {
    if (this.recovering) return;
    this.recovering = this.recovery
      .sweep(this.env.IMPORT_RECOVERY_SECONDS)
      .catch((error: Error) => this.logger.warn(`Import recovery: ${error.message}`))
      .finally(() => (this.recovering = undefined));
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.recoveryTimer);
    await this.recovering;
    await this.worker?.close();
    this.connection?.disconnect();
  }
}
