import { type JobRole, type JobsModuleOptions, jobsOptionsFrom } from '@imis/jobs';
import { insureeImportQueue } from '../modules/import/application/insuree-import.queue';
import type { InsureeEnv } from './insuree.config';

/**
 * The job options of an insuree process from JOBS_*, or from the IMPORT_* names they replace: the JOBS_
 * name wins; IMPORT_WORKER_CONCURRENCY is the import queue's concurrency unless JOBS_CONCURRENCY names that
 * queue (a worker still runs at least one import at a time: the API's IMPORT_WORKER_CONCURRENCY=0 is often
 * shared with its workers).
 */
export function insureeJobsOptions(env: InsureeEnv, role: JobRole): JobsModuleOptions {
  const options = jobsOptionsFrom(
    {
      ...env,
      JOBS_QUEUE_PREFIX: env.JOBS_QUEUE_PREFIX ?? env.IMPORT_QUEUE_PREFIX,
      JOBS_RECOVERY_SECONDS: env.JOBS_RECOVERY_SECONDS ?? env.IMPORT_RECOVERY_SECONDS,
    },
    role,
  );
  const legacy = env.IMPORT_WORKER_CONCURRENCY;
  if (legacy === undefined || options.concurrency.queues[insureeImportQueue.name] !== undefined) return options;
  const imports = role === 'worker' ? Math.max(1, legacy) : legacy;
  return { ...options, concurrency: { ...options.concurrency, queues: { ...options.concurrency.queues, [insureeImportQueue.name]: imports } } };
}
