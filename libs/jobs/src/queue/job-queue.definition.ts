/** How long BullMQ keeps finished jobs in Redis for inspection (the job row in PostgreSQL is the record). */
export interface JobRetention {
  readonly completedSeconds: number;
  readonly completedCount: number;
  readonly failedSeconds: number;
  readonly failedCount: number;
}

/** Waiting time before a retry: fixed, or doubling from `delayMs` at each attempt. */
export interface JobBackoff {
  readonly type: 'fixed' | 'exponential';
  readonly delayMs: number;
}

/**
 * A queue of durable jobs: its name (BullMQ queue, `job.queue` column), how often a job is tried, the wait
 * between tries, and how long finished jobs are kept (in Redis, and their rows in PostgreSQL). `P` is the
 * payload a job of the queue carries (stored in the job row as JSON).
 */
export interface JobQueueDefinition<P extends object = object> {
  readonly name: string;
  /** Tries before the job gives up (the row is then FAILED and the processor's `gaveUp` runs). */
  readonly attempts: number;
  readonly backoff: JobBackoff;
  readonly retention: JobRetention;
  /** Days a finished job's row stays in the `job` table (the recovery sweep purges older ones). */
  readonly keepRowsDays: number;
  /** Type of the payload only; never set. */
  readonly payloadType?: P;
}

export interface JobQueueOptions {
  name: string;
  attempts?: number;
  backoff?: JobBackoff;
  retention?: Partial<JobRetention>;
  keepRowsDays?: number;
}

export const DEFAULT_JOB_RETENTION: JobRetention = {
  completedSeconds: 24 * 3600,
  completedCount: 1_000,
  failedSeconds: 7 * 24 * 3600,
  failedCount: 1_000,
};

const QUEUE_NAME = /^[a-z][a-z0-9-]{0,62}$/;

/**
 * Declares a queue. Defaults: 3 attempts, exponential backoff from 5 s, completed jobs kept a day in Redis
 * (at most 1,000), failed ones a week (at most 1,000), finished rows 30 days.
 */
export function defineJobQueue<P extends object>(options: JobQueueOptions): JobQueueDefinition<P> {
  if (!QUEUE_NAME.test(options.name)) throw new Error(`Job queue name "${options.name}": lower-case letters, digits and dashes, starting with a letter`);
  const attempts = options.attempts ?? 3;
  if (!Number.isInteger(attempts) || attempts < 1) throw new Error(`Job queue ${options.name}: attempts must be a positive integer`);
  return {
    name: options.name,
    attempts,
    backoff: options.backoff ?? { type: 'exponential', delayMs: 5_000 },
    retention: { ...DEFAULT_JOB_RETENTION, ...options.retention },
    keepRowsDays: options.keepRowsDays ?? 30,
  };
}
