import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { writeOrRefuse } from '@imis/application';
import { claimEnteredEvent, type CloudEvent, createEvent } from '@imis/contracts';
import type { DomainError } from '@imis/kernel';
import { BulkOutboxWriter } from '@imis/messaging';
import { insertEntities } from '@imis/persistence';
import { Claim, CLAIM_CODE_UNIQUE_INDEX } from '../infrastructure/claim.entity';
import { newLines } from '../infrastructure/claim-lines';
import type { PlannedClaim } from './claim-entry-plan';
import { ClaimSubmission } from './claim-submission';
import { claimState, claimView, type ClaimLines, type ClaimView } from './claim.view';

export interface EnteredClaim {
  claim: Claim;
  lines: ClaimLines;
}

export interface AcceptedClaim {
  claim: PlannedClaim;
  code: string;
  restore?: { fromId: string; count: number };
}

/** New Entered claims with their lines, in memory at version 1 (ClaimEntryWriter writes them). */
export function newClaims(accepted: readonly AcceptedClaim[], actor: string): EnteredClaim[] {
  return accepted.map(({ claim: { entry, insureeId, healthFacilityId, claimAdminId }, code, restore }) => {
    const claim = Object.assign(new Claim(), {
      version: 1,
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
    return { claim, lines: newLines(claim, 1, entry) };
  });
}

/**
 * Writes accepted claims set-based (one insert for the claims, one per line table, one for the events): their
 * `entered` events, and, when `submit`, the claims submitted in the same version (queued, with their `submitted`
 * events, handed to the queue). A code another transaction took meanwhile refuses the command with `duplicateCode`.
 */
@Injectable()
export class ClaimEntryWriter {
  constructor(private readonly submission: ClaimSubmission) {}

  async write(tx: EntityManager, accepted: readonly AcceptedClaim[], actor: string, options: { submit: boolean; duplicateCode: () => DomainError }): Promise<ClaimView[]> {
    const entered = newClaims(accepted, actor);
    if (entered.length === 0) return [];
    const events: CloudEvent<unknown>[] = entered.map(({ claim, lines }) => createEvent(claimEnteredEvent, { subject: claim.id, data: claimState(claim, lines) }));
    if (options.submit) events.push(...this.submission.markSubmitted(entered, actor, new Date()));
    const rows = entered.flatMap(({ claim, lines }) => [claim, ...lines.items, ...lines.services]);
    await writeOrRefuse(() => insertEntities(tx, rows), { [CLAIM_CODE_UNIQUE_INDEX]: options.duplicateCode });
    await BulkOutboxWriter.write(tx, events);
    if (options.submit) await this.submission.enqueue(tx, entered.map(({ claim }) => claim.id));
    return entered.map(({ claim, lines }) => claimView(claim, lines));
  }
}
