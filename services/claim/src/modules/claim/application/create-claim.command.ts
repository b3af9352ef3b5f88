import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { flushOrRefuse, orRefuse, type UseCase } from '@imis/application';
import { claimErrors } from '../domain/claim.errors';
import { CLAIM_CODE_UNIQUE_INDEX } from '../infrastructure/claim.entity';
import type { ClaimCommandMeta } from './claim-command-meta';
import { assignCodes } from './claim-code-assignment';
import { type ClaimInput, planClaims } from './claim-entry-plan';
import { ClaimRules } from './claim-rules';
import { newClaims, recordEntered } from './claim-writer';
import type { ClaimView } from './claim.view';

export type CreateClaimData = ClaimInput;

/** Enters one claim (status ENTERED) with its lines; its code is generated when absent. */
@Injectable()
export class CreateClaim implements UseCase<CreateClaimData, { claim: ClaimView }, ClaimCommandMeta> {
  readonly operation = 'createClaim';

  constructor(private readonly rules: ClaimRules) {}

  async execute(tx: EntityManager, data: CreateClaimData, { actor, scope }: ClaimCommandMeta): Promise<{ claim: ClaimView }> {
    const [planned] = orRefuse(...(await planClaims(tx, [data], scope, this.rules)));
    const [code] = orRefuse((await assignCodes(tx, [planned]))[0]!);
    const entered = newClaims(tx, [{ claim: planned, code }], actor);
    await flushOrRefuse(tx, { [CLAIM_CODE_UNIQUE_INDEX]: () => claimErrors.codeDuplicate(code) });
    const [claim] = recordEntered(tx, entered);
    return { claim };
  }
}
