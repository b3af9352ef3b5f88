import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { JOBS_OPTIONS, type JobsModuleOptions } from '../jobs.options';
import { jobsRecovered } from '../metrics/job.metrics';
import { JobProcessors } from '../processor/job-processors.registry';
import { JobRecords } from '../record/job-records.repository';
import { BullTransport } from '../transport/bull.transport';
import { JobEnqueuer } from './job.enqueuer';
import { JobRunner } from './job.runner';

/** Jobs looked at per sweep, and finished rows purged per queue and sweep; the next sweep takes the rest. */
const SWEEP_LIMIT = 100;
const PURGE_LIMIT = 1_000;

export interface RecoveryOutcome {
  requeued: string[];
  failed: string[];
}

/**
 * Finds jobs left unfinished by a BullMQ job that no longer exists: enqueued nowhere (the process died
 * between its commit and the enqueue, or Redis lost its data) or out of retries without the row being
 * failed (the database was down when the worker gave up). The first are enqueued again (an attempt
 * starts from scratch and a finished job is skipped, so this is safe), the second given up. Jobs idle for
 * less than `idleSeconds` are left alone: their enqueue may be under way. Any number of processes may
 * sweep at once. Also purges rows finished longer ago than their queue keeps them.
 */
@Injectable()
export class JobRecovery {
  private readonly logger = new Logger('JobRecovery');

  constructor(
    private readonly orm: MikroORM,
    @Inject(JOBS_OPTIONS) private readonly options: JobsModuleOptions,
    private readonly processors: JobProcessors,
    private readonly transport: BullTransport,
    private readonly enqueuer: JobEnqueuer,
    private readonly runner: JobRunner,
  ) {}

  async sweep(idleSeconds = this.options.recoverySeconds): Promise<RecoveryOutcome> {
    const outcome: RecoveryOutcome = { requeued: [], failed: [] };
    const records = new JobRecords((this.orm.em as EntityManager).fork());
    const processors = this.processors.all();
    const jobs = await records.unfinishedIdleFor(
      processors.map((processor) => processor.queue.name),
      idleSeconds,
      SWEEP_LIMIT,
    );
    for (const job of jobs) {
      const { queue } = this.processors.of(job.queue);
      const state = await this.transport.stateOf(queue, job.id);
      if (state === 'lost') {
        await this.enqueuer.enqueue(queue, job.id, job.payload);
        outcome.requeued.push(job.id);
        jobsRecovered.inc({ queue: queue.name, action: 'requeued' });
      } else if (state === 'gave-up' && (await this.runner.giveUp(job.id, new Error('its job ran out of retries')))) {
        outcome.failed.push(job.id);
        jobsRecovered.inc({ queue: queue.name, action: 'failed' });
      }
    }
    if (outcome.requeued.length > 0) this.logger.warn(`Enqueued again jobs that were lost: ${outcome.requeued.join(', ')}`);
    for (const { queue } of processors) await records.purgeFinished(queue.name, queue.keepRowsDays, PURGE_LIMIT);
    return outcome;
  }
}
