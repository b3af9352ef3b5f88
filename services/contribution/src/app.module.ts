import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { InsureeProjectionModule } from '@imis/insuree-projection';
import { LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { PolicyProjectionModule } from '@imis/policy-projection';
import { CONTRIBUTION_SERVICE, contributionOrmConfig } from './config/contribution-orm.config';
import type { ContributionEnv } from './config/contribution.config';
import { ContributionApiModule } from './contribution-api.module';
import { PaymentMatchingModule } from './modules/payment-matching';

/**
 * The contribution API process: GraphQL subgraph, outbox relay to JetStream, the location projection
 * (location scopes are expanded over it), the insuree projection (families' villages: the scope of their
 * policies' premiums), the policy projection (policies and products paid), the matched-payments consumer
 * (premiums of matched mobile payments), health, metrics and logs; every request but the health and
 * metrics ones needs a valid access token (AuthModule's global guard).
 */
@Module({})
export class AppModule {
  static forRoot(env: ContributionEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: CONTRIBUTION_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        ContributionApiModule.forRoot(contributionOrmConfig(env)),
        MessagingModule.forRoot(messagingOptionsFrom(CONTRIBUTION_SERVICE, env)),
        LocationProjectionModule,
        InsureeProjectionModule,
        PolicyProjectionModule,
        PaymentMatchingModule,
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: ProjectedLocationTree }),
      ],
    };
  }
}
