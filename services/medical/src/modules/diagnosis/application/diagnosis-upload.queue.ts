import { defineJobQueue } from '@imis/jobs';

export interface DiagnosisUploadJobPayload {
  uploadId: string;
}

/**
 * The diagnosis uploads' queue (libs/jobs; the job's id is the upload's). Infrastructure failures are
 * retried from scratch; a refused file is an outcome, not a failure.
 */
export const diagnosisUploadQueue = defineJobQueue<DiagnosisUploadJobPayload>({
  name: 'diagnosis-upload',
  attempts: 3,
  backoff: { type: 'exponential', delayMs: 5_000 },
});
