import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { refuse, type UseCase } from '@imis/application';
import { CLAIM_BATCH_MAX, claimErrors, claimView, claimsInScope, type Claim, type ClaimCommandMeta, type ClaimRefusal, type EnterClaimsResult } from '../../claim';
import { ClaimAdjudicator } from './claim-adjudicator';
import { failureReason } from './families-apart';

export interface ProcessClaimsData {
  ids: readonly string[];
}

/**
 * Valuates up to 100 Checked claims (schemes that review before processing: CLAIM_AUTO_PROCESS=false); an unknown,
 * out-of-scope or not Checked claim is refused on its own with its index, and the claims of a family whose valuation
 * fails (a bug, or data valuation cannot handle) are refused with CLAIM_VALUATION_FAILED while the others are valuated.
 */
@Injectable()
export class ProcessClaims implements UseCase<ProcessClaimsData, EnterClaimsResult, ClaimCommandMeta> {
  readonly operation = 'processClaims';
  private readonly logger = new Logger('ClaimAdjudication');

  constructor(private readonly adjudicator: ClaimAdjudicator) {}

  async execute(tx: EntityManager, data: ProcessClaimsData, { scope }: ClaimCommandMeta): Promise<EnterClaimsResult> {
    if (data.ids.length === 0) refuse(claimErrors.batchEmpty());
    if (data.ids.length > CLAIM_BATCH_MAX) refuse(claimErrors.batchTooLarge(CLAIM_BATCH_MAX));
    const found = await claimsInScope(tx, data.ids, scope);
    const refusals: ClaimRefusal[] = [];
    const chosen = new Map<string, Claim>();
    data.ids.forEach((id, index) => {
      const claim = found.get(id);
      if (!claim) refusals.push({ index, code: null, errors: [claimErrors.notFound(`ids.${index}`)] });
      else if (claim.status !== 'CHECKED' || chosen.has(id)) refusals.push({ index, code: claim.code, errors: [claimErrors.notChecked(`ids.${index}`)] });
      else chosen.set(id, claim);
    });
    const { claims, lines, failed } = await this.adjudicator.valuateChecked(tx, [...chosen.keys()]);
    for (const family of failed) {
      const reason = failureReason(family.error);
      this.logger.error(`processClaims: valuation failed on claims ${family.claimIds.join(', ')} (family ${family.key}): ${reason}`);
      for (const id of family.claimIds) {
        const index = data.ids.indexOf(id);
        refusals.push({ index, code: chosen.get(id)!.code, errors: [claimErrors.valuationFailed(`ids.${index}`, reason)] });
      }
    }
    refusals.sort((a, b) => a.index - b.index);
    const byId = new Map(claims.map((claim) => [claim.id, claim]));
    const valuated = [...chosen.keys()].filter((id) => byId.has(id)).map((id) => byId.get(id)!);
    return { claims: valuated.map((claim) => claimView(claim, lines.get(claim.id)!)), refusals };
  }
}
