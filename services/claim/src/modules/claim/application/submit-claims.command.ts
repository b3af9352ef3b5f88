import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type UseCase } from '@imis/application';
import { isEditable } from '../domain/claim-state-rules';
import { claimErrors } from '../domain/claim.errors';
import type { Claim } from '../infrastructure/claim.entity';
import type { ClaimCommandMeta } from './claim-command-meta';
import { claimsInScope } from './claim-in-scope';
import { CLAIM_BATCH_MAX } from './claim-rules';
import { ClaimSubmission } from './claim-submission';
import type { ClaimRefusal, EnterClaimsResult } from './enter-claims.command';

export interface SubmitClaimsData {
  ids: readonly string[];
}

/**
 * Submits up to 100 Entered claims: each is queued for adjudication (status stays ENTERED, `queued` set) with a
 * `submitted` event; an unknown, out-of-scope or already submitted claim is refused on its own with its index.
 */
@Injectable()
export class SubmitClaims implements UseCase<SubmitClaimsData, EnterClaimsResult, ClaimCommandMeta> {
  readonly operation = 'submitClaims';

  constructor(private readonly submission: ClaimSubmission) {}

  async execute(tx: EntityManager, data: SubmitClaimsData, { actor, scope }: ClaimCommandMeta): Promise<EnterClaimsResult> {
    if (data.ids.length === 0) refuse(claimErrors.batchEmpty());
    if (data.ids.length > CLAIM_BATCH_MAX) refuse(claimErrors.batchTooLarge(CLAIM_BATCH_MAX));
    const found = await claimsInScope(tx, data.ids, scope);
    const refusals: ClaimRefusal[] = [];
    const chosen = new Map<string, Claim>();
    data.ids.forEach((id, index) => {
      const claim = found.get(id);
      if (!claim) refusals.push({ index, code: null, errors: [claimErrors.notFound(`ids.${index}`)] });
      else if (claim.queued || chosen.has(id)) refusals.push({ index, code: claim.code, errors: [claimErrors.alreadySubmitted(`ids.${index}`)] });
      else if (!isEditable(claim)) refusals.push({ index, code: claim.code, errors: [claimErrors.notEditable()] });
      else chosen.set(id, claim);
    });
    return { claims: await this.submission.submit(tx, [...chosen.values()], actor), refusals };
  }
}
