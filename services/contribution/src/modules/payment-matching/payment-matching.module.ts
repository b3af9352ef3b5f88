import { Module } from '@nestjs/common';
import { MatchedPaymentHandlers } from './application/matched-payment.handlers';
import { RecordMatchedPayment } from './application/record-matched-payment.command';

/**
 * Premiums of matched mobile payments: a durable consumer of the payment service's events. Imported beside
 * MessagingModule (it needs NATS, which print-schema does not start).
 */
@Module({ providers: [RecordMatchedPayment, MatchedPaymentHandlers] })
export class PaymentMatchingModule {}
