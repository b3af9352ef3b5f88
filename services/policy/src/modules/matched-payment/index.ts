// The matched-payment module's public face: what a matched payment does to policies.
export { MatchedPaymentModule } from './matched-payment.module';
export { RenewMatchedPolicy } from './application/renew-matched-policy.command';
export type { RenewMatchedPolicyData, RenewMatchedPolicyResult } from './application/renew-matched-policy.command';
export { PAYMENT_ACTOR } from './application/payment-events.handlers';
