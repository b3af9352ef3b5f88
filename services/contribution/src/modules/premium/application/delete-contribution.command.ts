import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { expectVersion, refuse, type UseCase } from '@imis/application';
import { premiumErrors } from '../domain/premium.errors';
import type { PremiumCommandMeta } from './premium-command-meta';
import { deletePremium, lockedPremium, type PremiumChange } from './premium-book';
import { premiumToChange } from './premium-to-change';

export interface DeleteContributionData {
  id: string;
  version?: number | null;
}

/**
 * Reverses a premium (soft delete, kept as history): the policy's paid total is recomputed and its event
 * tells the policy service, which flags an activated policy left under-paid; nothing is de-activated here.
 */
@Injectable()
export class DeleteContribution implements UseCase<DeleteContributionData, PremiumChange, PremiumCommandMeta> {
  readonly operation = 'deleteContribution';

  async execute(tx: EntityManager, data: DeleteContributionData, { actor, scope }: PremiumCommandMeta): Promise<PremiumChange> {
    const found = await premiumToChange(tx, data.id, scope);
    const { premium } = await lockedPremium(tx, found.premium);
    expectVersion(premium, data.version);
    if (premium.payType === 'F') refuse(premiumErrors.fundingFixed());
    return deletePremium(tx, found.target, premium, actor);
  }
}
