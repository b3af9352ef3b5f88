import type { PolicyMember } from './policy-members';
import type { PolicyStage, PolicyValueProduct } from './policy-value-product';

/** What a rule may read to price a policy: the product, the family, and the dates already decided. */
export interface PolicyValueContext {
  readonly product: PolicyValueProduct;
  readonly stage: PolicyStage;
  readonly enrolDate: string;
  /** The policy's start (policyPeriod). */
  readonly startDate: string;
  /** Expiry of the policy a renewal continues; null for a new enrolment. */
  readonly previousExpiry: string | null;
  /** The family's current members, head first. */
  readonly members: readonly PolicyMember[];
  /** Adult: age ≥ this at the enrolment date (config POLICY_AGE_OF_MAJORITY). */
  readonly ageOfMajority: number;
}

export type PolicyValueWarningCode = 'MEMBER_CAP_EXCEEDED';

export interface PolicyValueWarning {
  readonly code: PolicyValueWarningCode;
  readonly message: string;
  /** The members concerned (those left uncounted by the cap). */
  readonly memberIds: readonly string[];
}

/** How the legacy formula reached its value; a rule that has no such parts leaves it null. Money strings. */
export interface PolicyValueBreakdown {
  readonly contribution: string;
  readonly generalAssembly: string;
  readonly registration: string;
  readonly discount: string;
}

export interface PolicyValueResult {
  /** Money string, ≥ 0. */
  readonly value: string;
  readonly breakdown: PolicyValueBreakdown | null;
  readonly warnings: readonly PolicyValueWarning[];
}

/**
 * A scheme's way of pricing a policy: the extension point for country teams (ADR 0015). `value` is pure
 * (no I/O: the context carries what it may read) and returns null when it does not apply to this context,
 * in which case the legacy formula prices the policy.
 */
export interface PolicyValueRule {
  /** Unique; what POLICY_VALUE_RULE names. */
  readonly name: string;
  value(context: PolicyValueContext): PolicyValueResult | null;
}
