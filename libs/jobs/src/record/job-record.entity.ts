import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '@imis/persistence';

export const JOB_STATUSES = ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/**
 * A durable job: the row is the truth, the BullMQ job (same id) only carries it to a worker. Written in
 * the transaction of the change that asks for the job; moved to COMPLETED in the transaction of the job's
 * effects; FAILED once its last attempt failed. A domain row a job works on may share its id (the insuree
 * import does). Scheduled (cron) runs have `schedule` and `scheduledFor` set.
 */
@Entity({ tableName: 'job' })
@Index({ name: 'job_unfinished_idx', expression: `create index "job_unfinished_idx" on "job" ("updated_at") where "status" in ('QUEUED', 'RUNNING')` })
@Index({ name: 'job_finished_at_idx', expression: 'create index "job_finished_at_idx" on "job" ("finished_at") where "finished_at" is not null' })
@Index({ name: 'job_queue_created_at_idx', properties: ['queue', 'createdAt'] })
export class JobRecord extends BaseEntity {
  @Property({ type: 'text' })
  queue!: string;

  @Property({ type: 'jsonb' })
  payload!: object;

  /** QUEUED (waiting, or waiting for a retry), RUNNING, COMPLETED, FAILED (gave up). */
  @Enum({ items: [...JOB_STATUSES], type: 'string' })
  status: Opt<JobStatus> = 'QUEUED';

  /** Attempts started so far. */
  @Property({ type: 'integer' })
  attempts: Opt<number> = 0;

  @Property({ type: 'integer' })
  maxAttempts!: number;

  /** The error of the last failed attempt. */
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  /** What the processor returned, as JSON (a summary for ops). */
  @Property({ type: 'jsonb', nullable: true })
  result: unknown = null;

  /** The schedule that started this run (cron jobs), else null. */
  @Property({ type: 'text', nullable: true })
  schedule: string | null = null;

  /** When the schedule fired. */
  @Property({ type: 'timestamptz', nullable: true })
  scheduledFor: Date | null = null;

  /** The request's correlation id when the job was asked for; its events and logs carry it. */
  @Property({ type: 'text', nullable: true })
  correlationId: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
