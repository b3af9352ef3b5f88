import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, flushOrRefuse, orRefuse, refuse, type UseCase } from '@imis/application';
import { claimUpdatedEvent, createEvent } from '@imis/contracts';
import { recordEvent } from '@imis/messaging';
import type { ClaimLineInput } from '../domain/claim-entry';
import { isEditable } from '../domain/claim-state-rules';
import type { VisitType } from '../domain/claim-codes';
import { claimErrors } from '../domain/claim.errors';
import { CLAIM_CODE_UNIQUE_INDEX } from '../infrastructure/claim.entity';
import { addLines, currentLines, replaceLines } from '../infrastructure/claim-lines';
import type { ClaimCommandMeta } from './claim-command-meta';
import { assignCodes } from './claim-code-assignment';
import { planClaims } from './claim-entry-plan';
import { claimInScope } from './claim-in-scope';
import { ClaimRules } from './claim-rules';
import { claimState, claimView, type ClaimView } from './claim.view';

/** Absent fields stay as they are; null clears an optional one (dateTo, explanation). */
export interface UpdateClaimData {
  id: string;
  version?: number | null;
  code?: string | null;
  insureeId?: string | null;
  insuranceNumber?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
  dateClaimed?: string | null;
  visitType?: VisitType | null;
  mainDiagnosis?: string | null;
  secondaryDiagnoses?: readonly string[] | null;
  explanation?: string | null;
  /** Sent (either list): every line is replaced by the lines sent; absent (both): the lines stay. */
  items?: readonly ClaimLineInput[] | null;
  services?: readonly ClaimLineInput[] | null;
}

/**
 * Changes an Entered claim not yet submitted (same facility). The previous version stays in history with its lines;
 * new lines replace the old ones and the claimed total is computed again.
 */
@Injectable()
export class UpdateClaim implements UseCase<UpdateClaimData, { claim: ClaimView }, ClaimCommandMeta> {
  readonly operation = 'updateClaim';

  constructor(private readonly rules: ClaimRules) {}

  async execute(tx: EntityManager, data: UpdateClaimData, { actor, scope }: ClaimCommandMeta): Promise<{ claim: ClaimView }> {
    const claim = await claimInScope(tx, data.id, scope);
    expectVersion(claim, data.version);
    if (!isEditable(claim)) refuse(claimErrors.notEditable());
    const old = (await currentLines(tx, [claim.id])).get(claim.id)!;
    const sendsLines = data.items != null || data.services != null;
    const keptLines = sendsLines
      ? undefined
      : {
          items: old.items.map((line) => ({ catalogueId: line.itemId, quantity: Number(line.quantityProvided), priceAsked: String(line.priceAsked), explanation: line.explanation })),
          services: old.services.map((line) => ({ catalogueId: line.serviceId, quantity: Number(line.quantityProvided), priceAsked: String(line.priceAsked), explanation: line.explanation })),
        };
    const keepDiagnoses = data.mainDiagnosis == null && data.secondaryDiagnoses == null;
    const kept = {
      lines: keptLines,
      diagnoses: keepDiagnoses ? { mainDiagnosisId: claim.mainDiagnosisId, secondaryDiagnosisIds: [...claim.secondaryDiagnosisIds] } : undefined,
    };
    const input = {
      code: data.code ?? claim.code,
      insureeId: data.insuranceNumber && !data.insureeId ? null : (data.insureeId ?? claim.insureeId),
      insuranceNumber: data.insuranceNumber ?? null,
      healthFacilityId: claim.healthFacilityId,
      claimAdminId: null,
      dateFrom: data.dateFrom ?? claim.dateFrom,
      dateTo: data.dateTo === undefined ? claim.dateTo : data.dateTo,
      dateClaimed: data.dateClaimed ?? claim.dateClaimed,
      visitType: data.visitType ?? claim.visitType,
      mainDiagnosis: data.mainDiagnosis ?? '',
      secondaryDiagnoses: data.secondaryDiagnoses ?? [],
      explanation: data.explanation === undefined ? claim.explanation : data.explanation,
      items: data.items ?? [],
      services: data.services ?? [],
    };
    const [planned] = orRefuse(...(await planClaims(tx, [input], { claimAdmin: null, locations: { everywhere: true } }, this.rules, kept)));
    const [code] = orRefuse((await assignCodes(tx, [planned], [claim.id]))[0]!);
    const { entry } = planned;
    const nextVersion = claim.version + 1;
    Object.assign(claim, {
      code,
      insureeId: planned.insureeId,
      dateFrom: entry.dateFrom,
      dateTo: entry.dateTo,
      dateClaimed: entry.dateClaimed,
      visitType: entry.visitType,
      mainDiagnosisId: entry.mainDiagnosisId,
      secondaryDiagnosisIds: entry.secondaryDiagnosisIds,
      explanation: entry.explanation,
      claimed: entry.claimed,
    });
    claim.markChanged(actor);
    let lines = old;
    if (sendsLines) {
      replaceLines(old, nextVersion);
      lines = addLines(tx, claim, nextVersion, entry);
    }
    await flushOrRefuse(tx, { [CLAIM_CODE_UNIQUE_INDEX]: () => claimErrors.codeDuplicate(code) });
    recordEvent(tx, createEvent(claimUpdatedEvent, { subject: claim.id, data: claimState(claim, lines) }));
    return { claim: claimView(claim, lines) };
  }
}
