import { type DynamicModule, Module } from '@nestjs/common';
import { PAYMENT_ENV, type PaymentMatchingEnv } from './application/payment-env';
import { PaymentFactsReader } from './application/payment-facts.reader';
import { PaymentMatcher } from './application/payment-matcher';
import { PaymentMatchingProcessor } from './application/payment-matching.processor';

/** The matching job's processor (queue `payment-matching`), in every process with a JobsModule (API, worker). */
@Module({})
export class PaymentJobsModule {
  static forRoot(env: PaymentMatchingEnv): DynamicModule {
    return {
      module: PaymentJobsModule,
      providers: [{ provide: PAYMENT_ENV, useValue: env }, PaymentFactsReader, PaymentMatcher, PaymentMatchingProcessor],
    };
  }
}
