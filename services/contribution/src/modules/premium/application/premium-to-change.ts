import type { EntityManager } from '@mikro-orm/postgresql';
import { refuse } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';
import { isUuid } from '@imis/persistence';
import { premiumErrors } from '../domain/premium.errors';
import { Premium } from '../infrastructure/premium.entity';
import { targetOfPremium, type PremiumTarget } from './premium-target';

/** A current premium of a policy in the scope, with that policy; CONTRIBUTION_NOT_FOUND otherwise. */
export async function premiumToChange(tx: EntityManager, id: string, scope: ScopeFilter): Promise<{ premium: Premium; target: PremiumTarget }> {
  if (!isUuid(id)) refuse(premiumErrors.notFound());
  const premium = (await tx.findOne(Premium, { id, deletedAt: null })) ?? refuse(premiumErrors.notFound());
  const target = (await targetOfPremium(tx, premium, scope)) ?? refuse(premiumErrors.notFound());
  return { premium, target };
}
