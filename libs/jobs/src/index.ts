// Durable jobs: a PostgreSQL row as the truth, BullMQ as transport (README.md).
import type { MigrationObject } from '@mikro-orm/core';
import type { PersistenceContribution } from '@imis/persistence';
import { JobRecord } from './record/job-record.entity';
import { JobTableMigration } from './record/job-table.migration';

export { defineJobQueue, DEFAULT_JOB_RETENTION } from './queue/job-queue.definition';
export type { JobBackoff, JobQueueDefinition, JobQueueOptions, JobRetention } from './queue/job-queue.definition';
export { JOB_STATUSES, JobRecord } from './record/job-record.entity';
export type { JobStatus } from './record/job-record.entity';
export { JobTableMigration } from './record/job-table.migration';
export { JobProcessor } from './processor/job-processor.decorator';
export type { JobSchedule } from './processor/job-processor.decorator';
export type { JobHandler, RunningJob } from './processor/job-handler';
export { JobEnqueuer } from './run/job.enqueuer';
export type { AddJobOptions } from './run/job.enqueuer';
export { JobRunner } from './run/job.runner';
export type { AttemptOutcome } from './run/job.runner';
export { JobRecovery } from './run/job.recovery';
export type { RecoveryOutcome } from './run/job.recovery';
export { JobWorkers } from './run/job.workers';
export { JobsModule } from './jobs.module';
export { concurrencyOf, JOBS_OPTIONS, jobsEnvSchema, jobsOptionsFrom, parseJobConcurrency } from './jobs.options';
export type { JobConcurrency, JobRole, JobsEnv, JobsModuleOptions } from './jobs.options';
export { JobWorkerModule } from './worker/job-worker.module';
export type { JobWorkerModuleOptions } from './worker/job-worker.module';
export { createJobWorker, runJobWorker } from './worker/create-job-worker';

/** The `job` table's entity. */
export const jobsEntities = [JobRecord];

/** The `job` table's migrations (idempotent, as every library's). */
export const jobsMigrations: MigrationObject[] = [{ name: 'jobs_0001_job_table', class: JobTableMigration }];

/** The `job` table, for a service's persistence `uses`: its migrations run before the service's own. */
export const jobsPersistence: PersistenceContribution = { owner: 'jobs', entities: jobsEntities, migrations: jobsMigrations };
