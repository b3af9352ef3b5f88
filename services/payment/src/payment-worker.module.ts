import { type DynamicModule, Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { JobWorkerModule, jobsOptionsFrom } from '@imis/jobs';
import { PAYMENT_SERVICE, paymentOrmConfig } from './config/payment-orm.config';
import type { PaymentEnv } from './config/payment.config';
import { PaymentJobsModule } from './modules/payment';

/** The job worker process alone (src/worker.ts): database, the matching queue, health and metrics; no GraphQL, no outbox relay. */
@Module({})
export class PaymentWorkerModule {
  static forRoot(env: PaymentEnv): DynamicModule {
    return {
      module: PaymentWorkerModule,
      imports: [
        JobWorkerModule.forRoot({
          service: PAYMENT_SERVICE,
          logLevel: env.LOG_LEVEL,
          jobs: jobsOptionsFrom(env, 'worker'),
          imports: [MikroOrmModule.forRoot(paymentOrmConfig(env)), PaymentJobsModule.forRoot(env)],
        }),
      ],
    };
  }
}
