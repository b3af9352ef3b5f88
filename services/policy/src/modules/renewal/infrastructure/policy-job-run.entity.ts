import { Entity, Enum, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { POLICY_JOB_KINDS, POLICY_JOB_RUN_STATUSES, POLICY_JOB_TRIGGERS, type PolicyJobKind, type PolicyJobRunStatus, type PolicyJobTrigger } from '../domain/policy-job-run';

/**
 * One run of a policy job (nightly expiry, renewal reminders) with its counts. Its id is the id of the
 * libs/jobs job that runs it (the `job` row holds attempts and errors; this row is what users read).
 */
@Entity({ tableName: 'policy_job_run' })
@Index({ properties: ['kind', 'id'] })
export class PolicyJobRun {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: [...POLICY_JOB_KINDS], type: 'string', length: 16 })
  kind!: PolicyJobKind;

  @Enum({ items: [...POLICY_JOB_TRIGGERS], type: 'string', length: 8 })
  trigger!: PolicyJobTrigger;

  @Enum({ items: [...POLICY_JOB_RUN_STATUSES], type: 'string', length: 9 })
  status: Opt<PolicyJobRunStatus> = 'QUEUED';

  /** The day the run worked for ("today" in POLICY_JOBS_TIME_ZONE); null until it started. */
  @Property({ type: 'date', nullable: true })
  runDate: string | null = null;

  /** The user who asked for it, or "system" for a scheduled run. */
  @Property({ type: 'text' })
  requestedBy!: string;

  /** A manual reminder run's filters (RenewalRunFilter); a scheduled run has none. */
  @Property({ type: 'uuid', nullable: true })
  locationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  officerId: string | null = null;

  @Property({ type: 'date', nullable: true })
  dateFrom: string | null = null;

  @Property({ type: 'date', nullable: true })
  dateTo: string | null = null;

  @Property({ type: 'integer' }) selected: Opt<number> = 0;
  @Property({ type: 'integer' }) skipped: Opt<number> = 0;
  @Property({ type: 'integer' }) created: Opt<number> = 0;
  @Property({ type: 'integer' }) notified: Opt<number> = 0;
  @Property({ type: 'integer' }) expired: Opt<number> = 0;

  @Property({ type: 'timestamptz' })
  queuedAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  failureMessage: string | null = null;
}
