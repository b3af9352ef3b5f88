import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, refuse, type UseCase } from '@imis/application';
import { claimCodeOf } from '../domain/claim-entry';
import { mayRestore } from '../domain/claim-state-rules';
import { claimErrors } from '../domain/claim.errors';
import { currentLines } from '../infrastructure/claim-lines';
import type { ClaimCommandMeta } from './claim-command-meta';
import { assignCodes } from './claim-code-assignment';
import { claimInScope } from './claim-in-scope';
import { ClaimRules } from './claim-rules';
import { ClaimEntryWriter } from './claim-writer';
import type { ClaimView } from './claim.view';

export interface RestoreClaimData {
  id: string;
  /** The new claim’s code; generated when absent. */
  code?: string | null;
}

/**
 * Restores a Rejected claim (right 111012): a new Entered claim copying its entry and lines (what the provider
 * entered, none of the adjudication), pointing to it, at most CLAIM_MAX_RESTORES times along a chain of restores.
 */
@Injectable()
export class RestoreClaim implements UseCase<RestoreClaimData, { claim: ClaimView }, ClaimCommandMeta> {
  readonly operation = 'restoreClaim';

  constructor(
    private readonly rules: ClaimRules,
    private readonly writer: ClaimEntryWriter,
  ) {}

  async execute(tx: EntityManager, data: RestoreClaimData, { actor, scope }: ClaimCommandMeta): Promise<{ claim: ClaimView }> {
    const [code] = orRefuse(claimCodeOf(data.code));
    const rejected = await claimInScope(tx, data.id, scope);
    const verdict = mayRestore(rejected, this.rules.maxRestores);
    if (verdict === 'not-rejected') refuse(claimErrors.notRejected());
    if (verdict === 'limit') refuse(claimErrors.restoreLimit(this.rules.maxRestores));
    const lines = (await currentLines(tx, [rejected.id])).get(rejected.id)!;
    const copy = (line: { quantityProvided: string; priceAsked: string; explanation: string | null }, catalogueId: string) => ({
      catalogueId,
      quantity: Number(line.quantityProvided),
      priceAsked: String(line.priceAsked),
      explanation: line.explanation,
    });
    const planned = {
      insureeId: rejected.insureeId,
      healthFacilityId: rejected.healthFacilityId,
      claimAdminId: rejected.claimAdminId,
      entry: {
        code,
        dateFrom: rejected.dateFrom,
        dateTo: rejected.dateTo,
        dateClaimed: rejected.dateClaimed,
        visitType: rejected.visitType,
        mainDiagnosisId: rejected.mainDiagnosisId,
        secondaryDiagnosisIds: [...rejected.secondaryDiagnosisIds],
        explanation: rejected.explanation,
        items: lines.items.map((line) => copy(line, line.itemId)),
        services: lines.services.map((line) => copy(line, line.serviceId)),
        claimed: String(rejected.claimed),
      },
    };
    const [assigned] = orRefuse((await assignCodes(tx, [planned]))[0]!);
    const restore = { fromId: rejected.id, count: rejected.restoreCount + 1 };
    const [claim] = await this.writer.write(tx, [{ claim: planned, code: assigned, restore }], actor, { submit: false, duplicateCode: () => claimErrors.codeDuplicate(assigned) });
    return { claim };
  }
}
