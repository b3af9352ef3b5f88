import type { EntryLimits } from '../domain/claim-entry';

/** The scheme’s entry settings (environment: CLAIM_MAX_SECONDARY_DIAGNOSES, CLAIM_MAX_LINES, CLAIM_MAX_RESTORES). */
export abstract class ClaimRules implements EntryLimits {
  abstract readonly maxSecondaryDiagnoses: number;
  abstract readonly maxLines: number;
  abstract readonly maxRestores: number;
}

/** At most this many claims per bulk call. */
export const CLAIM_BATCH_MAX = 100;
