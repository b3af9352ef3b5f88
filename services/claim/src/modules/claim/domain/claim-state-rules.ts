import type { ClaimStatus } from './claim-codes';

/** What entry rules need of a stored claim. */
export interface ClaimStanding {
  status: ClaimStatus;
  queued: boolean;
}

/** Only an Entered claim that is not yet submitted may be changed or deleted (checking starts at submission). */
export function isEditable(claim: ClaimStanding): boolean {
  return claim.status === 'ENTERED' && !claim.queued;
}

/** A Rejected claim may be restored while it has been restored fewer than `maxRestores` times along its chain. */
export function mayRestore(claim: ClaimStanding & { restoreCount: number }, maxRestores: number): 'ok' | 'not-rejected' | 'limit' {
  if (claim.status !== 'REJECTED') return 'not-rejected';
  return claim.restoreCount >= maxRestores ? 'limit' : 'ok';
}

/** The n-th generated code of a facility: C and 8 digits (C00000042); an entered code may look the same, hence the checks. */
export function generatedClaimCode(sequence: number): string {
  return `C${String(sequence).padStart(8, '0')}`;
}
