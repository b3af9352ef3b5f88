import type { InsureeFacts, OfficerFacts, PolicyFacts, ProductFacts } from './payment-facts';
import { findPolicy, latestPolicy, officerSells } from './policy-lookup';

/** The §5.1 refusal codes of an intent (openIMIS numbers), stored as its reason. */
export const INTENT_CODES = {
  INSURANCE_NUMBER_MISSING: 2,
  OFFICER_INVALID: 3,
  PRODUCT_INVALID: 4,
  NOTHING_TO_RENEW: 5,
  ENROLMENT_REQUIRED: 7,
} as const;

/** Head insurance number of the pseudo-families that hold funded policies (§4 Funding): they never renew through a payment. */
export const PROXY_FAMILY_HEAD_NUMBER = '999999999';

export interface IntentLine {
  readonly insuranceNumber: string;
  readonly productCode: string;
  readonly isRenewal: boolean;
  /** What the payer says it pays for this line, in cents (used when nothing else tells the amount). */
  readonly amountCents: number | null;
}

export interface IntentFacts {
  readonly today: string;
  /** The header's officer code, and the officer it names (null: unknown or no longer working). */
  readonly officerCode: string | null;
  readonly officer: OfficerFacts | null;
  readonly insurees: ReadonlyMap<string, InsureeFacts>;
  readonly products: ReadonlyMap<string, ProductFacts>;
  readonly policies: readonly PolicyFacts[];
}

export type IntentDecision =
  | { readonly valid: true; readonly lines: { readonly stage: 'N' | 'R'; readonly expectedCents: number | null }[]; readonly expectedCents: number | null }
  | { readonly valid: false; readonly code: (typeof INTENT_CODES)[keyof typeof INTENT_CODES]; readonly reason: string };

const invalid = (code: (typeof INTENT_CODES)[keyof typeof INTENT_CODES], message: string): IntentDecision => ({ valid: false, code, reason: `${code}: ${message}` });

/**
 * §5.1: checks an intent and computes what each line is expected to pay. The first error refuses the whole
 * intent (stored INTENT_INVALID with its reason). Expected amount: for a policy waiting for payment, its
 * value − what is paid; for a renewal of an Active or ended policy, its value (the renewal value the policy
 * service computes is not known here); for a family not yet known (an officer enrolling it), the amount given.
 */
export function decideIntent(lines: readonly IntentLine[], facts: IntentFacts): IntentDecision {
  if (facts.officerCode !== null && (!facts.officer || (facts.officer.worksTo !== null && facts.officer.worksTo < facts.today))) {
    return invalid(INTENT_CODES.OFFICER_INVALID, `officer ${facts.officerCode} unknown or no longer working`);
  }
  const decided: { stage: 'N' | 'R'; expectedCents: number | null }[] = [];
  for (const line of lines) {
    if (line.insuranceNumber.trim() === '') return invalid(INTENT_CODES.INSURANCE_NUMBER_MISSING, 'insurance number missing');
    const product = facts.products.get(line.productCode);
    if (!product || (facts.officer && !officerSells(facts.officer.area, product))) {
      return invalid(INTENT_CODES.PRODUCT_INVALID, `product ${line.productCode} unknown or not sold by the officer`);
    }
    const insuree = facts.insurees.get(line.insuranceNumber);
    if (line.isRenewal) {
      const previous = insuree && latestPolicy(facts.policies, insuree.familyId, product.id);
      if (!insuree || !previous || line.insuranceNumber === PROXY_FAMILY_HEAD_NUMBER) {
        return invalid(INTENT_CODES.NOTHING_TO_RENEW, `no policy of ${line.productCode} to renew for ${line.insuranceNumber}`);
      }
      const found = findPolicy(facts.policies, insuree.familyId, product.id);
      const waiting = found && !found.paidInAdvance && found.policy.stage === 'R';
      decided.push({ stage: 'R', expectedCents: waiting ? found.outstandingCents : previous.valueCents });
      continue;
    }
    const found = insuree ? findPolicy(facts.policies, insuree.familyId, product.id) : null;
    const waiting = found && !found.paidInAdvance ? found : null;
    if (!waiting && !facts.officer) return invalid(INTENT_CODES.ENROLMENT_REQUIRED, `${line.insuranceNumber} has no policy of ${line.productCode} waiting for payment`);
    decided.push({ stage: 'N', expectedCents: waiting ? waiting.outstandingCents : line.amountCents });
  }
  const known = decided.map((line) => line.expectedCents).filter((cents): cents is number => cents !== null);
  return { valid: true, lines: decided, expectedCents: known.length === 0 ? null : known.reduce((a, b) => a + b, 0) };
}
