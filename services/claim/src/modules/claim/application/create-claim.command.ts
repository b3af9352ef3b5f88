import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, type UseCase } from '@imis/application';
import { claimErrors } from '../domain/claim.errors';
import type { ClaimCommandMeta } from './claim-command-meta';
import { assignCodes } from './claim-code-assignment';
import { type ClaimInput, planClaims } from './claim-entry-plan';
import { ClaimRules } from './claim-rules';
import { ClaimEntryWriter } from './claim-writer';
import type { ClaimView } from './claim.view';

export type CreateClaimData = ClaimInput;

/** Enters one claim (status ENTERED) with its lines; its code is generated when absent. */
@Injectable()
export class CreateClaim implements UseCase<CreateClaimData, { claim: ClaimView }, ClaimCommandMeta> {
  readonly operation = 'createClaim';

  constructor(
    private readonly rules: ClaimRules,
    private readonly writer: ClaimEntryWriter,
  ) {}

  execute(tx: EntityManager, data: CreateClaimData, meta: ClaimCommandMeta): Promise<{ claim: ClaimView }> {
    return this.enter(tx, data, meta, false);
  }

  /** Enters the claim, and submits it in the same version when `submit` (enterAndSubmitClaim). */
  async enter(tx: EntityManager, data: CreateClaimData, { actor, scope }: ClaimCommandMeta, submit: boolean): Promise<{ claim: ClaimView }> {
    const [planned] = orRefuse(...(await planClaims(tx, [data], scope, this.rules)));
    const [code] = orRefuse((await assignCodes(tx, [planned]))[0]!);
    const [claim] = await this.writer.write(tx, [{ claim: planned, code }], actor, { submit, duplicateCode: () => claimErrors.codeDuplicate(code) });
    return { claim };
  }
}
