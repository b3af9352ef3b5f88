import type { EntityManager } from '@mikro-orm/postgresql';
import { claimEnteredEvent, createEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import { Claim } from '../infrastructure/claim.entity';
import { addLines } from '../infrastructure/claim-lines';
import type { PlannedClaim } from './claim-entry-plan';
import { claimState, claimView, type ClaimLines, type ClaimView } from './claim.view';

export interface EnteredClaim {
  claim: Claim;
  lines: ClaimLines;
}

/** New Entered claims with their lines (persisted by the next flush, in one batch of inserts). */
export function newClaims(tx: EntityManager, planned: readonly { claim: PlannedClaim; code: string; restore?: { fromId: string; count: number } }[], actor: string): EnteredClaim[] {
  return planned.map(({ claim: { entry, insureeId, healthFacilityId, claimAdminId }, code, restore }) => {
    const claim = tx.create(Claim, {
      code,
      insureeId,
      healthFacilityId,
      claimAdminId,
      dateFrom: entry.dateFrom,
      dateTo: entry.dateTo,
      dateClaimed: entry.dateClaimed,
      visitType: entry.visitType,
      mainDiagnosisId: entry.mainDiagnosisId,
      secondaryDiagnosisIds: entry.secondaryDiagnosisIds,
      explanation: entry.explanation,
      claimed: entry.claimed,
      restoredFromId: restore?.fromId ?? null,
      restoreCount: restore?.count ?? 0,
      changedBy: actor,
    });
    return { claim, lines: addLines(tx, claim, 1, entry) };
  });
}

/** Records the `entered` event of each claim (after the flush: versions are set) and answers their views. */
export function recordEntered(tx: EntityManager, entered: readonly EnteredClaim[]): ClaimView[] {
  for (const { claim, lines } of entered) recordEvent(tx, createEvent(claimEnteredEvent, { subject: claim.id, data: claimState(claim, lines) }));
  return entered.map(({ claim, lines }) => claimView(claim, lines));
}
