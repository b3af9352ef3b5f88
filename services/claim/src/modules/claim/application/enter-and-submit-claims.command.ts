import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type UseCase } from '@imis/application';
import type { ClaimCommandMeta } from './claim-command-meta';
import { CreateClaim, type CreateClaimData } from './create-claim.command';
import { EnterClaims, type EnterClaimsData, type EnterClaimsResult } from './enter-claims.command';
import type { ClaimView } from './claim.view';

/** Enters one claim and submits it, in one transaction and one version (the FHIR Claim create, openIMIS enter_and_submit). */
@Injectable()
export class EnterAndSubmitClaim implements UseCase<CreateClaimData, { claim: ClaimView }, ClaimCommandMeta> {
  readonly operation = 'enterAndSubmitClaim';

  constructor(private readonly create: CreateClaim) {}

  execute(tx: EntityManager, data: CreateClaimData, meta: ClaimCommandMeta): Promise<{ claim: ClaimView }> {
    return this.create.enter(tx, data, meta, true);
  }
}

/** Enters up to 100 claims and submits those entered, in one transaction and one version each; the refused ones are neither. */
@Injectable()
export class EnterAndSubmitClaims implements UseCase<EnterClaimsData, EnterClaimsResult, ClaimCommandMeta> {
  readonly operation = 'enterAndSubmitClaims';

  constructor(private readonly enter: EnterClaims) {}

  execute(tx: EntityManager, data: EnterClaimsData, meta: ClaimCommandMeta): Promise<EnterClaimsResult> {
    return this.enter.enter(tx, data, meta, true);
  }
}
