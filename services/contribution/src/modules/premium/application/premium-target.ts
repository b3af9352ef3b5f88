import type { EntityManager } from '@mikro-orm/postgresql';
import { allows, type ScopeFilter } from '@imis/auth';
import { familiesByIds } from '@imis/insuree-projection';
import { isUuid } from '@imis/persistence';
import { policiesByIds, productsByIds } from '@imis/policy-projection';
import type { PolicyTerms } from '../domain/premium-balance';

/** The policy a premium pays: its product (receipts are unique per product) and, when projected, its terms. */
export interface PremiumTarget {
  policyId: string;
  productId: string;
  /** null: the policy is not in the policy projection (yet): a funding or renewal policy; no balance then. */
  terms: PolicyTerms | null;
}

/**
 * A current policy of the projection whose family lives in the scope, with its product's payment terms; null
 * when unknown, deleted or out of scope (a deleted family keeps its village for this check).
 */
export async function projectedTarget(tx: EntityManager, policyId: string, scope: ScopeFilter): Promise<PremiumTarget | null> {
  if (!isUuid(policyId)) return null;
  const [policy] = await policiesByIds(tx, [policyId]);
  if (!policy) return null;
  if (!scope.everywhere) {
    const [family] = await familiesByIds(tx, [policy.familyId], { includeDeleted: true });
    if (!family || !allows(scope, family.villageId)) return null;
  }
  const [product] = await productsByIds(tx, [policy.productId]);
  return {
    policyId: policy.id,
    productId: policy.productId,
    terms: {
      value: policy.value,
      stage: policy.stage,
      enrolDate: policy.enrolDate,
      startDate: policy.startDate,
      gracePeriodPayment: product?.gracePeriodPayment ?? 0,
      maxInstallments: product?.maxInstallments ?? 0,
    },
  };
}

/**
 * The policy of an existing premium as the scope allows it: projected and in scope, or (unrestricted scope
 * only) not projected, with the product kept on the premium. null: out of scope.
 */
export async function targetOfPremium(tx: EntityManager, premium: { policyId: string; productId: string }, scope: ScopeFilter): Promise<PremiumTarget | null> {
  const projected = await projectedTarget(tx, premium.policyId, scope);
  if (projected) return { ...projected, productId: premium.productId };
  return scope.everywhere ? { policyId: premium.policyId, productId: premium.productId, terms: null } : null;
}
