import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { CLAIM_SERVICE, claimOrmConfig } from './config/claim-orm.config';
import type { ClaimEnv } from './config/claim.config';
import { ClaimApiModule } from './claim-api.module';

/**
 * The claim API process: GraphQL subgraph, outbox relay to JetStream, the location projection
 * (location scopes are expanded over it), health, metrics and logs; every request but the health and
 * metrics ones needs a valid access token (AuthModule's global guard).
 */
@Module({})
export class AppModule {
  static forRoot(env: ClaimEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: CLAIM_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        ClaimApiModule.forRoot(claimOrmConfig(env)),
        MessagingModule.forRoot(messagingOptionsFrom(CLAIM_SERVICE, env)),
        LocationProjectionModule,
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: ProjectedLocationTree }),
      ],
    };
  }
}
