import { addDays } from '@imis/kernel';
import { renewalOfficer, type RenewalOfficer } from './renewal-officer';
import { membersNeedingPhoto, type PhotoNeed, type RenewalMember } from './renewal-photos';

/** Renewal warnings (openIMIS bitmask). */
export const RENEWAL_WARNING = {
  /** The new product is not sold on the renewal date (outside its sale window, or no longer current). */
  PRODUCT_NOT_VALID: 1,
  /** The policy has no officer, or one no longer current (deleted). */
  NO_OFFICER: 2,
  /** The officer at the end of the substitution chain does not work on the renewal date. */
  OFFICER_CONTRACT_ENDS: 4,
} as const;

export interface RenewalProduct {
  readonly id: string;
  readonly conversionProductId: string | null;
  readonly dateFrom: string;
  readonly dateTo: string;
}

export interface RenewalCandidate {
  readonly policyId: string;
  readonly familyId: string;
  readonly productId: string;
  readonly officerId: string | null;
  readonly expiryDate: string;
  readonly hasReminder: boolean;
}

/** Another current policy of the same family. */
export interface FamilyPolicy {
  readonly id: string;
  readonly productId: string;
  readonly startDate: string;
}

export interface RenewalContext {
  /** Current products by id. */
  readonly products: ReadonlyMap<string, RenewalProduct>;
  /** Current officers by id: at least the policy's officer and its substitution chain. */
  readonly officers: ReadonlyMap<string, RenewalOfficer>;
  readonly familyPolicies: readonly FamilyPolicy[];
  readonly members: readonly RenewalMember[];
  readonly promptDate: string;
  readonly ageOfMajority: number;
}

export type RenewalDecision =
  | { readonly skip: 'REMINDER_EXISTS' | 'ALREADY_RENEWED' }
  | {
      readonly skip: null;
      readonly renewalDate: string;
      readonly newProductId: string;
      readonly newOfficerId: string | null;
      readonly warnings: number;
      readonly photos: PhotoNeed[];
    };

/**
 * The products a policy of `productId` renews into, in order: itself, then its conversion product, then
 * that one's… Stops at a product without conversion, an unknown (deleted) one, or one already seen (a loop).
 */
export function conversionChain(productId: string, products: ReadonlyMap<string, Pick<RenewalProduct, 'conversionProductId'>>): string[] {
  const chain = [productId];
  let next = products.get(productId)?.conversionProductId ?? null;
  while (next !== null && !chain.includes(next) && products.has(next)) {
    chain.push(next);
    next = products.get(next)!.conversionProductId;
  }
  return chain;
}

/**
 * What the reminder job does with one selected policy (§3 "Renewal reminders"): skip it when it has a
 * reminder, or when its family holds another policy of the same product or of one in its conversion chain
 * starting on or after expiry + 1 day; else a reminder for expiry + 1 day into the end of the conversion
 * chain, with the officer along the substitution chain (renewalOfficer), warnings and the members needing a
 * new photo.
 */
export function planRenewal(candidate: RenewalCandidate, context: RenewalContext): RenewalDecision {
  if (candidate.hasReminder) return { skip: 'REMINDER_EXISTS' };
  const renewalDate = addDays(candidate.expiryDate, 1);
  const chain = conversionChain(candidate.productId, context.products);
  const renewed = context.familyPolicies.some((other) => other.id !== candidate.policyId && chain.includes(other.productId) && other.startDate >= renewalDate);
  if (renewed) return { skip: 'ALREADY_RENEWED' };
  const newProductId = chain[chain.length - 1];
  const newProduct = context.products.get(newProductId);
  let warnings = 0;
  if (!newProduct || renewalDate < newProduct.dateFrom || renewalDate > newProduct.dateTo) warnings |= RENEWAL_WARNING.PRODUCT_NOT_VALID;
  const officer = renewalOfficer(candidate.officerId, context.officers, renewalDate);
  if (officer === null) warnings |= RENEWAL_WARNING.NO_OFFICER;
  else if (officer.contractEnds) warnings |= RENEWAL_WARNING.OFFICER_CONTRACT_ENDS;
  return {
    skip: null,
    renewalDate,
    newProductId,
    newOfficerId: officer?.officerId ?? null,
    warnings,
    photos: membersNeedingPhoto(context.members, context.promptDate, context.ageOfMajority),
  };
}
