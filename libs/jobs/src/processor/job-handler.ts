import type { EntityManager } from '@mikro-orm/postgresql';

/** The job an attempt runs, as its processor sees it. */
export interface RunningJob<P extends object = object> {
  readonly id: string;
  readonly queue: string;
  readonly payload: P;
  /** 1 for the first attempt (attempts cut short by a killed worker count too). */
  readonly attempt: number;
  readonly maxAttempts: number;
  /** The schedule that started this run (cron jobs), else null. */
  readonly schedule: string | null;
  /** When that schedule fired. */
  readonly scheduledFor: Date | null;
  /** Runs `callback` once this attempt's transaction has committed (metrics, log lines); never after a rollback. */
  afterCommit(callback: () => void): void;
}

/**
 * A processor of one queue (declared with @JobProcessor). `process` runs in the transaction `tx` that also
 * moves the job to COMPLETED: its effects and the job's state commit together, so a job whose worker dies
 * leaves nothing and runs again; what it returns is stored on the row (keep it small). Throwing fails the
 * attempt: the transaction rolls back and the job is tried again after the queue's backoff.
 * Writes that must be seen while the job runs (progress) go through another EntityManager (`em.fork()` of
 * an injected one) and must not touch rows the transaction has written.
 */
export interface JobHandler<P extends object = object, R = unknown> {
  process(job: RunningJob<P>, tx: EntityManager): Promise<R>;
  /** After the last attempt failed (or the recovery sweep found the job out of retries): in the transaction that marks the row FAILED. */
  gaveUp?(job: RunningJob<P>, error: Error, tx: EntityManager): Promise<void>;
}
