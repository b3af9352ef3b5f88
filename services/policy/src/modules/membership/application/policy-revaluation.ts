import type { EntityManager } from '@mikro-orm/postgresql';
import { insureesByIds, type ProjectedInsureeRow } from '@imis/insuree-projection';
import { moneyToCents } from '@imis/kernel';
import { Policy } from '../../policy';
import type { PolicyPricing } from '../../policy-value';
import { Product } from '../../product';

/** The policies' products (current: a product with current policies cannot be deleted), in one query. */
export async function productsOf(tx: EntityManager, policies: readonly Policy[]): Promise<ReadonlyMap<string, Product>> {
  const products = await tx.find(Product, { id: { $in: [...new Set(policies.map((policy) => policy.productId))] } });
  return new Map(products.map((product) => [product.id, product]));
}

/** What the new values of policies are computed from, besides their products, read for them all at once. */
export interface PricingData {
  /** Members holding rows (deleted ones too: a member leaves its policies by its own event). */
  readonly members: ReadonlyMap<string, ProjectedInsureeRow>;
  /** Expiry of the policy each renewal continues. */
  readonly previousExpiries: ReadonlyMap<string, string>;
}

/** Two queries, whatever the number of policies: the members named, the renewed policies' expiries. */
export async function pricingData(tx: EntityManager, policies: readonly Policy[], memberIds: readonly string[]): Promise<PricingData> {
  const previousIds = [...new Set(policies.flatMap((policy) => (policy.previousPolicyId ? [policy.previousPolicyId] : [])))];
  const members = await insureesByIds(tx, memberIds, { includeDeleted: true });
  const previous = previousIds.length > 0 ? await tx.find(Policy, { id: { $in: previousIds } }) : [];
  return { members: new Map(members.map((member) => [member.id, member])), previousExpiries: new Map(previous.map((policy) => [policy.id, policy.expiryDate])) };
}

/**
 * The policy's value for the members `holderIds` (holding its rows afterwards), priced as at its creation (its
 * stage and enrolment date, the renewed policy's expiry). A member missing from the projection throws: the
 * event is redelivered.
 */
export function revaluedPolicy(pricing: PolicyPricing, policy: Policy, product: Product, holderIds: readonly string[], data: PricingData): string {
  const members = holderIds.map((id) => data.members.get(id) ?? missing(`Insuree ${id} of policy ${policy.id} is not in the insuree projection`));
  const previousExpiry = policy.previousPolicyId ? (data.previousExpiries.get(policy.previousPolicyId) ?? null) : null;
  return pricing.quote({ product, stage: policy.stage, enrolDate: policy.enrolDate, previousExpiry, members }).value;
}

export function productOf(products: ReadonlyMap<string, Product>, policy: Policy): Product {
  return products.get(policy.productId) ?? missing(`Product ${policy.productId} of policy ${policy.id} not found`);
}

function missing(message: string): never {
  throw new Error(message);
}

export function sameMoney(a: string, b: string): boolean {
  return moneyToCents(a) === moneyToCents(b);
}
