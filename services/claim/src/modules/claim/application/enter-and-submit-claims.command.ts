import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type UseCase } from '@imis/application';
import { Claim } from '../infrastructure/claim.entity';
import type { ClaimCommandMeta } from './claim-command-meta';
import { CreateClaim, type CreateClaimData } from './create-claim.command';
import { ClaimSubmission } from './claim-submission';
import { EnterClaims, type EnterClaimsData, type EnterClaimsResult } from './enter-claims.command';
import type { ClaimView } from './claim.view';

/** Enters one claim and submits it, in one transaction (the FHIR Claim create, openIMIS enter_and_submit). */
@Injectable()
export class EnterAndSubmitClaim implements UseCase<CreateClaimData, { claim: ClaimView }, ClaimCommandMeta> {
  readonly operation = 'enterAndSubmitClaim';

  constructor(
    private readonly create: CreateClaim,
    private readonly submission: ClaimSubmission,
  ) {}

  async execute(tx: EntityManager, data: CreateClaimData, meta: ClaimCommandMeta): Promise<{ claim: ClaimView }> {
    const { claim } = await this.create.execute(tx, data, meta);
    const [submitted] = await this.submission.submit(tx, [tx.getReference(Claim, claim.id)], meta.actor);
    return { claim: submitted };
  }
}

/** Enters up to 100 claims and submits those entered, in one transaction; the refused ones are neither. */
@Injectable()
export class EnterAndSubmitClaims implements UseCase<EnterClaimsData, EnterClaimsResult, ClaimCommandMeta> {
  readonly operation = 'enterAndSubmitClaims';

  constructor(
    private readonly enter: EnterClaims,
    private readonly submission: ClaimSubmission,
  ) {}

  async execute(tx: EntityManager, data: EnterClaimsData, meta: ClaimCommandMeta): Promise<EnterClaimsResult> {
    const { claims, refusals } = await this.enter.execute(tx, data, meta);
    const entered = claims.map((claim) => tx.getReference(Claim, claim.id));
    return { claims: await this.submission.submit(tx, entered, meta.actor), refusals };
  }
}
