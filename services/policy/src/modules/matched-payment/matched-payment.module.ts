import { Module } from '@nestjs/common';
import { ActivationModule } from '../activation';
import { PaymentEventHandlers } from './application/payment-events.handlers';
import { RenewMatchedPolicy } from './application/renew-matched-policy.command';

/**
 * Matched payments' effect on policies (renewals paid in advance, Ready policies made Active). Imported
 * beside MessagingModule (its consumer needs NATS, which print-schema does not start).
 */
@Module({ imports: [ActivationModule], providers: [RenewMatchedPolicy, PaymentEventHandlers], exports: [RenewMatchedPolicy] })
export class MatchedPaymentModule {}
