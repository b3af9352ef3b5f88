import { today } from '@imis/kernel';
import type { PolicyMember } from '../domain/policy-members';
import { quotePolicy, type PolicyQuote } from '../domain/policy-quote';
import type { PolicyValueRule } from '../domain/policy-value-rule';
import { PolicyValueRules } from '../domain/policy-value-rules';
import type { PolicyStage, PolicyValueProduct } from '../domain/policy-value-product';

/** The scheme's choice (POLICY_VALUE_RULE, POLICY_AGE_OF_MAJORITY). */
export interface PolicyPricingOptions {
  readonly rule: string;
  readonly ageOfMajority: number;
}

export interface PricingRequest {
  readonly product: PolicyValueProduct;
  readonly stage: PolicyStage;
  readonly enrolDate: string;
  readonly previousExpiry: string | null;
  readonly members: readonly PolicyMember[];
}

/** Prices policies with the scheme's rule (the legacy formula when it does not apply); a Nest provider. */
export class PolicyPricing {
  readonly rule: PolicyValueRule;
  private readonly fallback: PolicyValueRule;

  constructor(readonly options: PolicyPricingOptions) {
    const rules = new PolicyValueRules();
    this.rule = rules.pick(options.rule);
    this.fallback = rules.fallback();
  }

  get ageOfMajority(): number {
    return this.options.ageOfMajority;
  }

  quote(request: PricingRequest, on: string = today()): PolicyQuote {
    return quotePolicy({ ...request, ageOfMajority: this.options.ageOfMajority, today: on }, this.rule, this.fallback);
  }
}
