import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { PAYMENT_SERVICE, paymentOrmConfig } from './config/payment-orm.config';
import type { PaymentEnv } from './config/payment.config';
import { PaymentApiModule } from './payment-api.module';

/**
 * The payment API process: GraphQL subgraph, outbox relay to JetStream, the location projection
 * (location scopes are expanded over it), health, metrics and logs; every request but the health and
 * metrics ones needs a valid access token (AuthModule's global guard).
 */
@Module({})
export class AppModule {
  static forRoot(env: PaymentEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: PAYMENT_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        PaymentApiModule.forRoot(paymentOrmConfig(env)),
        MessagingModule.forRoot(messagingOptionsFrom(PAYMENT_SERVICE, env)),
        LocationProjectionModule,
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: ProjectedLocationTree }),
      ],
    };
  }
}
