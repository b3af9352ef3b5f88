import { type DynamicModule, Module } from '@nestjs/common';
import { NotificationModule, type Notifier } from '@imis/notification';
import { PremiumModule } from '../premium';
import { PAYMENT_ENV, type PaymentMatchingEnv } from './application/payment-env';
import { PaymentFactsReader } from './application/payment-facts.reader';
import { PaymentFeedbackSender } from './application/payment-feedback.sender';
import { PaymentMatcher } from './application/payment-matcher';
import { PaymentMatchingProcessor } from './application/payment-matching.processor';

export interface PaymentJobsOptions {
  /** Overrides PAYMENT_NOTIFIER's adapter (tests, embedding code). */
  readonly notifier?: Notifier;
}

/**
 * The matching job's processor (queue `payment-matching`) with the payers' feedback through the Notifier
 * (@imis/notification, adapter named by PAYMENT_NOTIFIER), in every process with a JobsModule (API, worker).
 */
@Module({})
export class PaymentJobsModule {
  static forRoot(env: PaymentMatchingEnv, options: PaymentJobsOptions = {}): DynamicModule {
    return {
      module: PaymentJobsModule,
      imports: [PremiumModule, NotificationModule.forRoot({ service: 'payment', adapter: env.PAYMENT_NOTIFIER, notifier: options.notifier })],
      providers: [{ provide: PAYMENT_ENV, useValue: env }, PaymentFactsReader, PaymentFeedbackSender, PaymentMatcher, PaymentMatchingProcessor],
    };
  }
}
