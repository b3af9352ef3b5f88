import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { describeError, storableError } from '@imis/observability';
import Redis from 'ioredis';
import { concurrencyOf, JOBS_OPTIONS, type JobsModuleOptions } from '../jobs.options';
import { addQueueStatsSource, jobWait, type QueueStatsSource, removeQueueStatsSource, workerConcurrency } from '../metrics/job.metrics';
import { JobProcessors, type RegisteredProcessor } from '../processor/job-processors.registry';
import { BullTransport, SCHEDULE_TICK, type ScheduleTick } from '../transport/bull.transport';
import { JobRecovery } from './job.recovery';
import { JobRunner } from './job.runner';

/**
 * The process's side of the queues: a BullMQ worker per queue whose concurrency here is above 0 (each
 * with its own blocking Redis connection), and in processes that run jobs, at start and every
 * `recoverySeconds`, the queues' schedules and the recovery sweep; the queue metrics. On shutdown the jobs under way
 * finish before the database closes.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly workers: { worker: Worker; connection: Redis }[] = [];
  private readonly stats: QueueStatsSource;
  private sweepTimer?: NodeJS.Timeout;
  private sweeping?: Promise<unknown>;

  constructor(
    @Inject(JOBS_OPTIONS) private readonly options: JobsModuleOptions,
    private readonly processors: JobProcessors,
    private readonly transport: BullTransport,
    private readonly runner: JobRunner,
    private readonly recovery: JobRecovery,
  ) {
    this.stats = {
      queueNames: () => this.processors.all().map((processor) => processor.queue.name),
      counts: (queue) => this.transport.counts(this.processors.of(queue).queue),
      oldestWaitingSeconds: (queue) => this.transport.oldestWaitingSeconds(this.processors.of(queue).queue),
    };
  }

  /** Queues this process runs jobs of, with their concurrency. */
  running(): { queue: string; concurrency: number }[] {
    return this.workers.map(({ worker }) => ({ queue: worker.name, concurrency: worker.concurrency }));
  }

  onApplicationBootstrap(): void {
    addQueueStatsSource(this.stats);
    for (const processor of this.processors.all()) {
      const concurrency = concurrencyOf(this.options, processor.queue.name);
      if (concurrency > 0) this.start(processor, concurrency);
    }
    if (this.workers.length === 0) return;
    this.sweep();
    this.sweepTimer = setInterval(() => this.sweep(), this.options.recoverySeconds * 1000);
    this.sweepTimer.unref();
  }

  /** Makes Redis fire the schedules of the queues run here (again at each sweep: Redis may have been down, or lost them). */
  private async applySchedules(): Promise<void> {
    for (const { worker } of this.workers) {
      const processor = this.processors.of(worker.name);
      await this.transport.schedule(processor.queue, processor.schedules);
    }
  }

  private start(processor: RegisteredProcessor, concurrency: number): void {
    const { queue } = processor;
    // Workers block on Redis: BullMQ needs maxRetriesPerRequest null on their connection.
    const connection = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null });
    const lockMs = this.options.lockSeconds * 1000;
    const worker = new Worker(queue.name, (job) => this.deliver(processor, job), {
      connection,
      prefix: this.options.prefix,
      concurrency,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: 1,
    });
    worker.on('failed', (job, error) => {
      if (!job || job.name === SCHEDULE_TICK) return;
      const retry = job.attemptsMade < (job.opts.attempts ?? 1) && !(error instanceof UnrecoverableError);
      this.logger.warn(`Job ${queue.name}/${job.id} attempt ${job.attemptsMade} failed: ${describeError(error)}${retry ? ' (will retry)' : ''}`);
    });
    worker.on('error', (error) => this.logger.warn(`Job worker ${queue.name}: ${describeError(error)}`));
    this.workers.push({ worker, connection });
    workerConcurrency.inc({ queue: queue.name }, concurrency);
  }

  private async deliver(processor: RegisteredProcessor, job: Job): Promise<unknown> {
    if (job.name === SCHEDULE_TICK) {
      const scheduledFor = new Date(job.opts.prevMillis ?? job.timestamp);
      return this.runner.fire(processor.queue, job.id!, scheduledFor, job.data as ScheduleTick);
    }
    if (job.attemptsMade === 0) observeWait(processor.queue.name, job);
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    try {
      return await this.runner.run(job.id!, { lastAttempt });
    } catch (error) {
      // BullMQ does not retry an UnrecoverableError: the job gives up now.
      if (error instanceof UnrecoverableError && !lastAttempt) await this.runner.giveUp(job.id!, error).catch(() => undefined);
      // BullMQ keeps the message and stack in Redis (failedReason): a database error's without its values.
      throw storableError(error);
    }
  }

  private sweep(): void {
    if (this.sweeping) return;
    this.sweeping = this.applySchedules()
      .catch((error: Error) => this.logger.warn(`Job schedules: ${describeError(error)}`))
      .then(() => this.recovery.sweep())
      .catch((error: Error) => this.logger.warn(`Job recovery: ${describeError(error)}`))
      .finally(() => (this.sweeping = undefined));
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweepTimer);
    removeQueueStatsSource(this.stats);
    await this.sweeping;
    await Promise.all(this.workers.map(({ worker }) => worker.close()));
    for (const { worker } of this.workers) workerConcurrency.dec({ queue: worker.name }, worker.concurrency);
    for (const { connection } of this.workers) connection.disconnect();
    await this.transport.close();
  }
}

/** The wait of a job's first attempt: from when it was added, or due when added with a delay, until a worker took it. */
function observeWait(queue: string, job: Job): void {
  const due = job.timestamp + (job.opts.delay ?? 0);
  jobWait.observe({ queue }, Math.max(0, ((job.processedOn ?? Date.now()) - due) / 1000));
}
