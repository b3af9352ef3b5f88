import type { PolicyMember } from './policy-members';
import { effectiveDateOnPayment, lastDateForPayment, policyPeriod } from './policy-period';
import type { PolicyValueBreakdown, PolicyValueRule, PolicyValueWarning } from './policy-value-rule';
import type { PolicyStage, PolicyValueProduct } from './policy-value-product';

export interface PolicyQuoteInput {
  readonly product: PolicyValueProduct;
  readonly stage: PolicyStage;
  readonly enrolDate: string;
  /** Expiry of the policy a renewal continues; null for a new enrolment. */
  readonly previousExpiry: string | null;
  readonly members: readonly PolicyMember[];
  readonly ageOfMajority: number;
  /** The day the quote is made: when cover would start if the value were paid today. */
  readonly today: string;
}

/** What `policyValue` answers: the price and the dates of the policy the family would get. */
export interface PolicyQuote {
  readonly value: string;
  readonly startDate: string;
  readonly expiryDate: string;
  /** max(today, start): cover's first day if the whole value were paid today. */
  readonly effectiveDateIfPaidToday: string;
  readonly lastDateForPayment: string;
  readonly breakdown: PolicyValueBreakdown | null;
  readonly warnings: readonly PolicyValueWarning[];
  /** The rule that priced it (the chosen one, or the fallback when it did not apply). */
  readonly rule: string;
}

/** Dates first (a rule may read the start), then the chosen rule's value, else the fallback's. */
export function quotePolicy(input: PolicyQuoteInput, rule: PolicyValueRule, fallback: PolicyValueRule): PolicyQuote {
  const { product, stage, enrolDate, previousExpiry } = input;
  const { startDate, expiryDate } = policyPeriod(product, stage, enrolDate, previousExpiry);
  const context = { product, stage, enrolDate, startDate, previousExpiry, members: input.members, ageOfMajority: input.ageOfMajority };
  const chosen = rule.value(context);
  const result = chosen ?? fallback.value(context);
  if (result === null) throw new Error(`the fallback policy value rule "${fallback.name}" gave no value`);
  return {
    value: result.value,
    startDate,
    expiryDate,
    effectiveDateIfPaidToday: effectiveDateOnPayment(input.today, startDate),
    lastDateForPayment: lastDateForPayment(product, stage, enrolDate, previousExpiry, startDate),
    breakdown: result.breakdown,
    warnings: result.warnings,
    rule: chosen ? rule.name : fallback.name,
  };
}
