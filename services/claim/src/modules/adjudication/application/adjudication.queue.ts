import { defineJobQueue } from '@imis/jobs';

export interface AdjudicationJob {
  /** Submitted claims (at most CLAIM_ADJUDICATION_BATCH_SIZE). */
  readonly claimIds: string[];
}

/** Adjudication jobs: one per batch of submitted claims; a retry does nothing twice (claims adjudicated are no longer queued). */
export const claimAdjudicationQueue = defineJobQueue<AdjudicationJob>({ name: 'claim-adjudication', attempts: 5, backoff: { type: 'exponential', delayMs: 1_000 } });
