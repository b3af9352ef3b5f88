import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { InsureeProjectionModule } from '@imis/insuree-projection';
import { JobsModule, jobsOptionsFrom } from '@imis/jobs';
import { LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MedicalProjectionModule } from '@imis/medical-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { PolicyProjectionModule } from '@imis/policy-projection';
import { CLAIM_SERVICE, claimOrmConfig } from './config/claim-orm.config';
import type { ClaimEnv } from './config/claim.config';
import { ClaimApiModule } from './claim-api.module';
import { AdjudicationJobsModule } from './modules/adjudication';
import { ProviderEventsModule } from './modules/provider';

/**
 * The claim API process: GraphQL subgraph, outbox relay to JetStream, the location projection
 * (location scopes are expanded over it), the insuree, medical and policy projections (what claims refer to),
 * the copy of facilities and claim administrators (provider events), the job queues (adjudication runs here too
 * unless JOBS_CONCURRENCY names claim-adjudication with 0), health, metrics and logs; every request but the health and
 * metrics ones needs a valid access token (AuthModule's global guard).
 */
@Module({})
export class AppModule {
  static forRoot(env: ClaimEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: CLAIM_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        ClaimApiModule.forRoot(claimOrmConfig(env), env),
        MessagingModule.forRoot(messagingOptionsFrom(CLAIM_SERVICE, env)),
        LocationProjectionModule,
        InsureeProjectionModule,
        MedicalProjectionModule,
        PolicyProjectionModule,
        ProviderEventsModule,
        JobsModule.forRoot(jobsOptionsFrom(env, 'api')),
        AdjudicationJobsModule,
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: ProjectedLocationTree }),
      ],
    };
  }
}
