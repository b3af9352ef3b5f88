import type { EntityManager } from '@mikro-orm/postgresql';
import { insureesByIds } from '@imis/insuree-projection';
import { moneyToCents } from '@imis/kernel';
import { Policy } from '../../policy';
import type { PolicyMember, PolicyPricing } from '../../policy-value';
import { Product } from '../../product';

/**
 * The policy's value for the members holding its current rows (`insureeIds`), priced as at its creation (its stage and
 * enrolment date, the renewed policy's expiry). `known` are members read from the event (the insuree
 * projection may not have applied it yet); the others are read from the projection, deleted ones included.
 */
export async function revaluePolicy(
  tx: EntityManager,
  pricing: PolicyPricing,
  policy: Policy,
  product: Product,
  insureeIds: readonly string[],
  known: ReadonlyMap<string, PolicyMember>,
): Promise<string> {
  const missing = insureeIds.filter((id) => !known.has(id));
  const projected = new Map((await insureesByIds(tx, missing, { includeDeleted: true })).map((row) => [row.id, row]));
  const members = insureeIds.map((id) => {
    const member = known.get(id) ?? projected.get(id);
    // Thrown: the event is redelivered later, once the projection holds the member.
    if (!member) throw new Error(`Insuree ${id} of policy ${policy.id} is not in the insuree projection yet`);
    return member;
  });
  const previousExpiry = policy.previousPolicyId ? ((await tx.findOne(Policy, { id: policy.previousPolicyId }))?.expiryDate ?? null) : null;
  return pricing.quote({ product, stage: policy.stage, enrolDate: policy.enrolDate, previousExpiry, members }).value;
}

export function sameMoney(a: string, b: string): boolean {
  return moneyToCents(a) === moneyToCents(b);
}

/** The policy's product (current: a product with current policies cannot be deleted). */
export async function productOf(tx: EntityManager, policy: Policy): Promise<Product> {
  return tx.findOneOrFail(Product, { id: policy.productId });
}
