import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { refuse, type UseCase } from '@imis/application';
import type { DomainError } from '@imis/kernel';
import { claimErrors } from '../domain/claim.errors';
import type { ClaimCommandMeta } from './claim-command-meta';
import { assignCodes } from './claim-code-assignment';
import { type ClaimInput, planClaims } from './claim-entry-plan';
import { CLAIM_BATCH_MAX, ClaimRules } from './claim-rules';
import { type AcceptedClaim, ClaimEntryWriter } from './claim-writer';
import type { ClaimView } from './claim.view';

export interface EnterClaimsData {
  claims: readonly ClaimInput[];
}

/** A claim of the batch that was not entered: its position, the code it was sent with, and why. */
export interface ClaimRefusal {
  index: number;
  code: string | null;
  errors: DomainError[];
}

export interface EnterClaimsResult {
  claims: ClaimView[];
  refusals: ClaimRefusal[];
}

/**
 * Enters up to 100 claims at once: the references of the whole batch are read in one query per kind, the rules run
 * in memory, and the valid claims are written set-based with their events (ClaimEntryWriter); each invalid one is
 * refused on its own with its index, and nothing of it is written.
 */
@Injectable()
export class EnterClaims implements UseCase<EnterClaimsData, EnterClaimsResult, ClaimCommandMeta> {
  readonly operation = 'enterClaims';

  constructor(
    private readonly rules: ClaimRules,
    private readonly writer: ClaimEntryWriter,
  ) {}

  execute(tx: EntityManager, data: EnterClaimsData, meta: ClaimCommandMeta): Promise<EnterClaimsResult> {
    return this.enter(tx, data, meta, false);
  }

  /** Enters the valid claims, and submits them in the same version when `submit` (enterAndSubmitClaims). */
  async enter(tx: EntityManager, data: EnterClaimsData, { actor, scope }: ClaimCommandMeta, submit: boolean): Promise<EnterClaimsResult> {
    if (data.claims.length === 0) refuse(claimErrors.batchEmpty());
    if (data.claims.length > CLAIM_BATCH_MAX) refuse(claimErrors.batchTooLarge(CLAIM_BATCH_MAX));
    const plans = await planClaims(tx, data.claims, scope, this.rules);
    const planned = plans.map((plan) => (plan.ok ? plan.value : null));
    const codes = await assignCodes(tx, planned);
    const refusals: ClaimRefusal[] = [];
    const accepted: AcceptedClaim[] = [];
    data.claims.forEach((input, index) => {
      const plan = plans[index];
      const code = codes[index];
      if (!plan.ok) refusals.push({ index, code: input.code ?? null, errors: plan.errors });
      else if (code && !code.ok) refusals.push({ index, code: input.code ?? null, errors: code.errors });
      else if (code) accepted.push({ claim: plan.value, code: code.value });
    });
    const claims = await this.writer.write(tx, accepted, actor, { submit, duplicateCode: () => claimErrors.codeDuplicate('') });
    return { claims, refusals };
  }
}
