import { moneyToCents } from '@imis/kernel';
import type { PolicyTerms, ProductTerms, SplitAmount } from './adjudication-context';
import type { ClaimToAdjudicate } from './claim-to-adjudicate';
import type { Bucket } from './usage-counters';

/** The hospital context (claims.md §3): interpretation I reads the claim (in-patient), H the facility's level. */
export function isHospitalContext(product: Pick<ProductTerms, 'ceilingInterpretation'>, claim: Pick<ClaimToAdjudicate, 'facility'>, inPatient: boolean): boolean {
  return product.ceilingInterpretation === 'I' ? inPatient : claim.facility.level === 'H';
}

/** A general amount if set, else the in- or out-patient one by the hospital context; null when none is set. */
export function amountFor(split: SplitAmount, hospital: boolean): { bucket: Bucket; cents: number } | null {
  if (split.general !== null) return { bucket: 'general', cents: moneyToCents(split.general) };
  const bucket: Bucket = hospital ? 'inPatient' : 'outPatient';
  const value = split[bucket];
  return value === null ? null : { bucket, cents: moneyToCents(value) };
}

/**
 * A policy ceiling (type P) grows by the extra-member amount per member above the threshold (members counted up
 * to the product's member count), capped at the policy maximum when that is set and non-zero.
 */
export function policyCeiling(product: ProductTerms, policy: Pick<PolicyTerms, 'memberCount'>, hospital: boolean): { bucket: Bucket; cents: number } | null {
  const base = amountFor(product.ceiling, hospital);
  if (base === null || product.ceilingType !== 'P') return base;
  const extraMembers = Math.max(0, Math.min(policy.memberCount, product.memberCount) - product.threshold);
  const extra = product.extraMemberCeiling[base.bucket];
  let cents = base.cents + (extra === null ? 0 : extraMembers * moneyToCents(extra));
  const cap = product.maxPolicyCeiling[base.bucket];
  if (cap !== null && moneyToCents(cap) > 0) cents = Math.min(cents, moneyToCents(cap));
  return { bucket: base.bucket, cents };
}
