import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { refuse } from '@imis/application';
import { allows, type ScopeFilter } from '@imis/auth';
import { familiesByIds } from '@imis/insuree-projection';
import { isUuid } from '@imis/persistence';
import { policyErrors } from '../domain/policy.errors';
import { Policy } from '../infrastructure/policy.entity';
import { lockFamilyOfPolicy } from './policy-family-lock';

/**
 * A current policy of a family living in the scope, its row locked for the change (after its family's
 * membership: `lockFamilyOfPolicy`); POLICY_NOT_FOUND otherwise (a deleted family keeps its village for this check).
 */
export async function policyInScope(tx: EntityManager, id: string, scope: ScopeFilter, field = 'id'): Promise<Policy> {
  if (!isUuid(id) || !(await lockFamilyOfPolicy(tx, id))) refuse(policyErrors.notFound(field));
  const policy = (await tx.findOne(Policy, { id, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ?? refuse(policyErrors.notFound(field));
  if (!scope.everywhere) {
    const [family] = await familiesByIds(tx, [policy.familyId], { includeDeleted: true });
    if (!family || !allows(scope, family.villageId)) refuse(policyErrors.notFound(field));
  }
  return policy;
}
