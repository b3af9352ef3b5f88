import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { InsureeProjectionModule } from '@imis/insuree-projection';
import { JobsModule, jobsOptionsFrom } from '@imis/jobs';
import { LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { OfficerProjectionModule } from '@imis/officer-projection';
import { databaseReadiness } from '@imis/persistence';
import { PolicyProjectionModule } from '@imis/policy-projection';
import { PAYMENT_SERVICE, paymentOrmConfig } from './config/payment-orm.config';
import type { PaymentEnv } from './config/payment.config';
import { PaymentJobsModule, type PaymentJobsOptions, type PaymentModuleOptions } from './modules/payment';
import { PremiumProjectionModule } from './modules/premium';
import { PaymentApiModule } from './payment-api.module';

/**
 * The payment API process: GraphQL subgraph, the gateway's callback, outbox relay to JetStream, the location,
 * insuree and policy projections and the officers' and premiums' copies (what §5 checks), the matching job
 * queue with the payers' feedback (run here too unless JOBS_CONCURRENCY names it with 0), health, metrics and
 * logs; every request but the health, metrics and callback ones needs a valid access token (AuthModule's
 * global guard; the callback checks its signature).
 */
@Module({})
export class AppModule {
  static forRoot(env: PaymentEnv, options: PaymentModuleOptions & PaymentJobsOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: PAYMENT_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        PaymentApiModule.forRoot(paymentOrmConfig(env), env, options),
        MessagingModule.forRoot(messagingOptionsFrom(PAYMENT_SERVICE, env)),
        LocationProjectionModule,
        InsureeProjectionModule,
        PolicyProjectionModule,
        OfficerProjectionModule,
        PremiumProjectionModule,
        JobsModule.forRoot(jobsOptionsFrom(env, 'api')),
        PaymentJobsModule.forRoot(env, options),
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: ProjectedLocationTree }),
      ],
    };
  }
}
