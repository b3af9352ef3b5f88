import { type EntityManager, LockMode } from '@mikro-orm/postgresql';
import { refuse } from '@imis/application';
import { allows, type ScopeFilter } from '@imis/auth';
import { familiesByIds, familyMembers, lockFamilyMembership, type ProjectedFamilyRow, type ProjectedInsureeRow } from '@imis/insuree-projection';
import { isCalendarDate, type DomainError, today } from '@imis/kernel';
import { ancestorsOf } from '@imis/location-projection';
import { countMembers, type PolicyPricing, type PolicyQuote, type PolicyStage } from '../../policy-value';
import { Product } from '../../product';
import { isProductAvailable } from '../domain/product-availability';
import { policyErrors } from '../domain/policy.errors';

export interface TermsRequest {
  readonly familyId: string;
  readonly productId: string;
  readonly enrolDate: string;
  readonly stage: PolicyStage;
  /** Expiry of the policy a renewal continues; null for a new enrolment. */
  readonly previousExpiry: string | null;
}

/** What a policy of this family for this product, enrolled on that date, would be. */
export interface PolicyTerms {
  readonly family: ProjectedFamilyRow;
  readonly members: readonly ProjectedInsureeRow[];
  readonly product: Product;
  readonly quote: PolicyQuote;
  /** The members the policy covers (at most the product's memberCount). */
  readonly countedMemberIds: readonly string[];
}

export type TermsOutcome = { ok: true; terms: PolicyTerms } | { ok: false; error: DomainError };

/**
 * Checks a family, a product and an enrolment date against each other (in this order, the first fault
 * answers) and prices the policy. A family outside `scope` answers as an unknown one; `products` is what
 * the caller may see. A command (`lock`) holds the family's membership (`lockFamilyMembership`: a member
 * joining or leaving meanwhile either is read here or, once this commits, finds the policy) and reads the
 * product `for share`, so that a deletion of the product waits for it or is seen by it.
 */
export async function policyTerms(
  tx: EntityManager,
  pricing: PolicyPricing,
  request: TermsRequest,
  access: { scope: ScopeFilter; products: ScopeFilter; lock?: boolean },
): Promise<TermsOutcome> {
  const fail = (error: DomainError): TermsOutcome => ({ ok: false, error });
  const { familyId, productId, enrolDate, stage, previousExpiry } = request;
  if (!isCalendarDate(enrolDate)) return fail(policyErrors.enrolDateInvalid());
  if (enrolDate > today()) return fail(policyErrors.enrolDateInFuture());
  const [family] = await familiesByIds(tx, [familyId]);
  if (!family || !allows(access.scope, family.villageId)) return fail(policyErrors.familyNotFound());
  if (access.lock) await lockFamilyMembership(tx, [family.id]);
  const product = await tx.getRepository(Product).findCurrent(productId, access.products, access.lock ? LockMode.PESSIMISTIC_READ : undefined);
  if (!product) return fail(policyErrors.productNotFound());
  const places = [family.villageId, ...(await ancestorsOf(tx, [family.villageId]))];
  if (!isProductAvailable(product, places, enrolDate)) return fail(policyErrors.productNotAvailable());
  return { ok: true, terms: { family, product, ...(await pricedMembers(tx, pricing, { family, product, stage, enrolDate, previousExpiry })) } };
}

export interface PricingTermsRequest {
  readonly family: ProjectedFamilyRow;
  readonly product: Product;
  readonly stage: PolicyStage;
  readonly enrolDate: string;
  readonly previousExpiry: string | null;
}

/**
 * The family's current members, the policy's price and dates by the scheme's rule, and the members it
 * covers (at most the product's memberCount), with no check: what a command or a system path (a renewal
 * paid by a matched payment) builds its policy from once it has checked what it must.
 */
export async function pricedMembers(
  tx: EntityManager,
  pricing: PolicyPricing,
  { family, product, stage, enrolDate, previousExpiry }: PricingTermsRequest,
): Promise<Pick<PolicyTerms, 'members' | 'quote' | 'countedMemberIds'>> {
  const members = await familyMembers(tx, [family.id]);
  const quote = pricing.quote({ product, stage, enrolDate, previousExpiry, members });
  const { counted } = countMembers(members, product.memberCount, enrolDate, pricing.ageOfMajority);
  const countedMemberIds = [...counted.adults, ...counted.children, ...counted.otherChildren, ...counted.otherAdults];
  return { members, quote, countedMemberIds };
}

/** A command's terms: refused on any fault, and on a family above the product's member cap (the query only warns). */
export function commandTerms(outcome: TermsOutcome): PolicyTerms {
  const terms = outcome.ok ? outcome.terms : refuse(outcome.error);
  if (terms.members.length > terms.product.memberCount) refuse(policyErrors.aboveMemberCap(terms.members.length, terms.product.memberCount));
  return terms;
}
