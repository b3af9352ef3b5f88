// The policy-value module's public face: a policy's price and dates, pure domain (no framework), and its wiring.
export type { PolicyPeriodProduct, PolicyPriceProduct, PolicyStage, PolicyValueProduct } from './domain/policy-value-product';
export { hasCycles } from './domain/policy-value-product';
export { cycleStart, effectiveDateOnPayment, lastDateForPayment, policyExpiry, policyPeriod } from './domain/policy-period';
export type { PolicyPeriod } from './domain/policy-period';
export { countMembers, memberTotal, OTHER_RELATIONSHIP } from './domain/policy-members';
export type { CountedMembers, MemberBuckets, PolicyMember } from './domain/policy-members';
export type {
  PolicyValueBreakdown,
  PolicyValueContext,
  PolicyValueResult,
  PolicyValueRule,
  PolicyValueWarning,
  PolicyValueWarningCode,
} from './domain/policy-value-rule';
export { LEGACY_FORMULA, LegacyFormulaPolicyValue } from './domain/legacy-formula.policy-value';
export { DEFAULT_POLICY_VALUE_RULE, POLICY_VALUE_RULES, PolicyValueRules, UnknownPolicyValueRuleError } from './domain/policy-value-rules';
export { quotePolicy } from './domain/policy-quote';
export type { PolicyQuote, PolicyQuoteInput } from './domain/policy-quote';
// Wiring (the only framework part): the scheme's rule as a Nest provider.
export { PolicyPricing } from './application/policy-pricing';
export type { PolicyPricingOptions, PricingRequest } from './application/policy-pricing';
export { PolicyValueModule } from './policy-value.module';
