import { allocate } from './allocation';
import type { InsureeFacts, OfficerFacts, PolicyFacts, ProductFacts } from './payment-facts';
import { findPolicy, officerSells, soldAt } from './policy-lookup';

/** Why matching rejects a whole payment (§5.4 validations), stored in its reason as `CODE: detail`. */
export const MATCH_REJECTIONS = [
  'DETAIL_DATA_MISSING',
  'INSUREE_UNKNOWN',
  'PRODUCT_UNKNOWN',
  'POLICY_NOT_FOUND',
  'PRODUCT_NOT_SOLD_AT_FAMILY_LOCATION',
  'OFFICER_UNKNOWN',
  'OFFICER_OUTSIDE_PRODUCT_AREA',
  'OFFICER_PAYMENT_WITHOUT_PREMIUM',
  'NOTHING_OUTSTANDING',
] as const;

export type MatchRejection = (typeof MATCH_REJECTIONS)[number];

export interface PaymentToMatch {
  readonly receivedCents: number;
  /** The day it was paid (product sale window). */
  readonly paymentDate: string;
  /** Null: a self-payer. */
  readonly officerCode: string | null;
  readonly lines: readonly { readonly insuranceNumber: string; readonly productCode: string }[];
}

export interface MatchFacts {
  readonly insurees: ReadonlyMap<string, InsureeFacts>;
  readonly products: ReadonlyMap<string, ProductFacts>;
  /** Current officers by code. */
  readonly officers: ReadonlyMap<string, OfficerFacts>;
  readonly policies: readonly PolicyFacts[];
}

export interface MatchedLine {
  readonly policyId: string;
  readonly shareCents: number;
  /** The policy was already Active: the share pays for its renewal (created by the policy service). */
  readonly paidInAdvance: boolean;
  /** What the policy (or, paid in advance, its renewal) still lacks once this payment is counted. */
  readonly balanceCents: number;
}

export type MatchDecision =
  | { readonly matched: true; readonly lines: MatchedLine[]; readonly surplusCents: number }
  | { readonly matched: false; readonly code: MatchRejection; readonly reason: string };

const reject = (code: MatchRejection, detail: string): MatchDecision => ({ matched: false, code, reason: `${code}: ${detail}`.slice(0, 255) });

/**
 * §5.4: finds each line's policy, checks the payment (any error rejects it whole), then splits the received
 * amount over the outstanding values (allocate). Policies are looked at as the caller read them: two lines
 * of one payment on the same policy share its outstanding value once. An officer remits premiums the
 * officer collected: a policy with no premium yet has nothing to remit for (openIMIS "premium from
 * enrolment officer not yet available", any current premium of the policy counts, as in its SQL and Python).
 */
export function decideMatch(payment: PaymentToMatch, facts: MatchFacts): MatchDecision {
  const officer = payment.officerCode === null ? null : (facts.officers.get(payment.officerCode) ?? null);
  if (payment.officerCode !== null && !officer) return reject('OFFICER_UNKNOWN', payment.officerCode);
  if (payment.lines.length === 0) return reject('DETAIL_DATA_MISSING', 'no detail');
  const found: { policyId: string; outstandingCents: number; paidInAdvance: boolean }[] = [];
  for (const line of payment.lines) {
    if (!line.insuranceNumber.trim() || !line.productCode.trim()) return reject('DETAIL_DATA_MISSING', 'insurance number or product code missing');
    const insuree = facts.insurees.get(line.insuranceNumber);
    if (!insuree) return reject('INSUREE_UNKNOWN', line.insuranceNumber);
    const product = facts.products.get(line.productCode);
    if (!product) return reject('PRODUCT_UNKNOWN', line.productCode);
    const policy = findPolicy(facts.policies, insuree.familyId, product.id);
    if (!policy) return reject('POLICY_NOT_FOUND', `${line.insuranceNumber} ${line.productCode}`);
    if (!soldAt(product, insuree.familyArea, payment.paymentDate)) return reject('PRODUCT_NOT_SOLD_AT_FAMILY_LOCATION', `${line.productCode} on ${payment.paymentDate}`);
    if (officer && !officerSells(officer.area, product)) return reject('OFFICER_OUTSIDE_PRODUCT_AREA', `${officer.code} ${line.productCode}`);
    if (officer && !policy.policy.hasPremium) return reject('OFFICER_PAYMENT_WITHOUT_PREMIUM', `${officer.code} ${line.insuranceNumber} ${line.productCode}`);
    const seen = found.some((other) => other.policyId === policy.policy.id);
    found.push({ policyId: policy.policy.id, outstandingCents: seen ? 0 : policy.outstandingCents, paidInAdvance: policy.paidInAdvance });
  }
  const { shares, surplus } = allocate(payment.receivedCents, found.map((line) => line.outstandingCents));
  if (shares.every((share) => share === 0) && payment.receivedCents > 0) return reject('NOTHING_OUTSTANDING', 'the policies are paid');
  const balances = new Map<string, number>();
  found.forEach((line, index) => balances.set(line.policyId, (balances.get(line.policyId) ?? 0) + line.outstandingCents - shares[index]!));
  return {
    matched: true,
    lines: found.map((line, index) => ({ policyId: line.policyId, shareCents: shares[index]!, paidInAdvance: line.paidInAdvance, balanceCents: balances.get(line.policyId)! })),
    surplusCents: surplus,
  };
}
