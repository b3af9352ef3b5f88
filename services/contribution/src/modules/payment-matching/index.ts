// The payment-matching module's public face: premiums of matched mobile payments.
export { PaymentMatchingModule } from './payment-matching.module';
export { RecordMatchedPayment, PAYMENT_MATCHING_ACTOR } from './application/record-matched-payment.command';
export type { RecordMatchedPaymentResult } from './application/record-matched-payment.command';
