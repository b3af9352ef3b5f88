import { defineJobQueue } from '@imis/jobs';

export interface ImportJobPayload {
  importId: string;
}

/**
 * The import jobs' queue (libs/jobs; the job's id is the import's). Infrastructure failures (database,
 * Redis) are retried from scratch; a refused file is an outcome, not a failure. Finished jobs are kept a
 * while in Redis for inspection (the libs/jobs defaults), then removed.
 */
export const insureeImportQueue = defineJobQueue<ImportJobPayload>({
  name: 'insuree-import',
  attempts: 3,
  backoff: { type: 'exponential', delayMs: 5_000 },
});
