import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { v5 as uuidv5 } from 'uuid';
import { describeError, runWithCorrelationId } from '@imis/observability';
import { jobAttemptsFailed, jobDuration, jobsFinished } from '../metrics/job.metrics';
import type { RunningJob } from '../processor/job-handler';
import { JobProcessors } from '../processor/job-processors.registry';
import type { JobQueueDefinition } from '../queue/job-queue.definition';
import { JobRecords, type StoredJob } from '../record/job-records.repository';
import type { ScheduleTick } from '../transport/bull.transport';
import { JobEnqueuer } from './job.enqueuer';

/** What an attempt did: ran the job to its commit, or found it finished (or gone) and did nothing. */
export type AttemptOutcome = 'completed' | 'skipped';

/** Namespace of the ids of scheduled runs (UUID v5 of queue and firing: a retried tick writes one row). */
const SCHEDULED_RUN_NAMESPACE = '6f1d3c52-5f0e-4d4b-9c62-7d0f3b1e9a40';

/**
 * Runs attempts of jobs: marks the row RUNNING (visible at once), then in one transaction locks the row,
 * runs the processor with that transaction and marks the row COMPLETED; the attempt's callbacks run after
 * the commit. A failed attempt puts the row back to QUEUED with its error, the last one gives up.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly orm: MikroORM,
    private readonly processors: JobProcessors,
    private readonly enqueuer: JobEnqueuer,
  ) {}

  private get em(): EntityManager {
    return this.orm.em as EntityManager;
  }

  /** One attempt of a job; `lastAttempt`: a failure gives the job up instead of leaving it to a retry. Rethrows the attempt's error. */
  async run(id: string, options: { lastAttempt?: boolean } = {}): Promise<AttemptOutcome> {
    const stored = await new JobRecords(this.em.fork()).start(id);
    if (!stored) return 'skipped';
    const { queue, handler } = this.processors.of(stored.queue);
    const stopTimer = jobDuration.startTimer({ queue: queue.name });
    const callbacks: (() => void)[] = [];
    const job = runningJob(stored, callbacks);
    try {
      const outcome = await runWithCorrelationId(stored.correlationId ?? id, () =>
        this.em.fork().transactional(async (tx): Promise<AttemptOutcome> => {
          const records = new JobRecords(tx);
          if (!(await records.lockUnfinished(id))) return 'skipped';
          const result = await handler.process(job, tx);
          await records.complete(id, result);
          return 'completed';
        }),
      );
      if (outcome === 'completed') {
        stopTimer();
        jobsFinished.inc({ queue: queue.name, outcome: 'completed' });
        this.runCallbacks(callbacks);
      }
      return outcome;
    } catch (error) {
      jobAttemptsFailed.inc({ queue: queue.name });
      const failure = error instanceof Error ? error : new Error(String(error));
      // Unrecorded (database down), the failure is found later by the recovery sweep.
      const recorded = options.lastAttempt ? this.giveUp(id, failure) : new JobRecords(this.em.fork()).attemptFailed(id, describeError(failure));
      await recorded.catch((unrecorded: Error) => this.logger.warn(`Job ${queue.name}/${id}: its failure could not be recorded (${describeError(unrecorded)})`));
      throw error;
    }
  }

  /** The job fails for good with this error (its processor's `gaveUp` in the same transaction), unless it has finished meanwhile. Whether it did fail. */
  async giveUp(id: string, error: Error): Promise<boolean> {
    const callbacks: (() => void)[] = [];
    const failed = await this.em.fork().transactional(async (tx) => {
      const stored = await new JobRecords(tx).giveUp(id, describeError(error));
      if (!stored) return null;
      await this.processors.of(stored.queue).handler.gaveUp?.(runningJob(stored, callbacks), error, tx);
      return stored;
    });
    if (!failed) return false;
    this.logger.error(`Job ${failed.queue}/${id} gave up after ${failed.attempts} attempt(s): ${describeError(error)}`);
    jobsFinished.inc({ queue: failed.queue, outcome: 'failed' });
    this.runCallbacks(callbacks);
    return true;
  }

  /** A schedule fired: writes the run's row (once, whatever the retries of the tick) and enqueues it after the commit. */
  async fire(queue: JobQueueDefinition, tickId: string, scheduledFor: Date, tick: ScheduleTick): Promise<string> {
    const id = uuidv5(`${queue.name}/${tickId}`, SCHEDULED_RUN_NAMESPACE);
    await this.em.fork().transactional(async (tx) => {
      const run = { id, queue: queue.name, payload: tick.payload, maxAttempts: queue.attempts, schedule: tick.schedule, scheduledFor };
      await new JobRecords(tx).insertScheduledRun(run, null);
      this.enqueuer.enqueueOnCommit(tx, queue, id, tick.payload);
    });
    return id;
  }

  private runCallbacks(callbacks: (() => void)[]): void {
    for (const callback of callbacks) {
      try {
        callback();
      } catch (error) {
        this.logger.warn(`A job's after-commit callback failed: ${describeError(error)}`);
      }
    }
  }
}

function runningJob(stored: StoredJob, callbacks: (() => void)[]): RunningJob {
  return {
    id: stored.id,
    queue: stored.queue,
    payload: stored.payload,
    attempt: stored.attempts,
    maxAttempts: stored.maxAttempts,
    schedule: stored.schedule,
    scheduledFor: stored.scheduledFor,
    afterCommit: (callback) => callbacks.push(callback),
  };
}
