// The policy module's public face: what other modules of the service (and its tests) may import.
export { Policy } from './infrastructure/policy.entity';
export { InsureePolicy } from './infrastructure/insuree-policy.entity';
export { COVERING_STATUSES, POLICY_STAGES, POLICY_STATUS_CODES, POLICY_STATUSES } from './domain/policy-codes';
export type { PolicyStage, PolicyStatus } from './domain/policy-codes';
export { PolicyModule } from './policy.module';
export { PolicyQueries } from './application/policy.queries';
export { PolicyClaimsUsage } from './application/policy-claims-usage';
export { insureePolicyState, policyState } from './application/policy.view';
export { pricedMembers } from './application/policy-terms';
export type { PricingTermsRequest } from './application/policy-terms';
export { createRenewal } from './application/policy-renewal';
export { lockFamilyOfPolicy } from './application/policy-family-lock';
export type { RenewalRequest } from './application/policy-renewal';
export { policyErrors } from './domain/policy.errors';
