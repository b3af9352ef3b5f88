import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { JobsModule, jobsOptionsFrom } from '@imis/jobs';
import { LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { InsureeProjectionModule } from '@imis/insuree-projection';
import { MedicalProjectionModule } from '@imis/medical-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { OfficerProjectionModule } from '@imis/officer-projection';
import { databaseReadiness } from '@imis/persistence';
import { POLICY_SERVICE, policyOrmConfig } from './config/policy-orm.config';
import type { PolicyEnv } from './config/policy.config';
import { ActivationEventsModule } from './modules/activation';
import { ClaimUsageEventsModule } from './modules/claim-usage';
import { FundingModule } from './modules/funding';
import { MatchedPaymentModule } from './modules/matched-payment';
import { FamilyMembership, MembershipModule } from './modules/membership';
import { PolicyApiModule } from './policy-api.module';
import { PolicyJobsModule, type PolicyJobsOptions } from './policy-jobs.module';

/**
 * The policy API process: GraphQL subgraph, outbox relay to JetStream, the location projection
 * (location scopes are expanded over it), the medical projection (product lines name its items and
 * services), the insuree projection with the membership listener (a family's current policies follow its members, in the projection's transaction), the officer projection (renewal reminders follow officers' substitution chains), the consumers of
 * premium, funding and matched-payment events (activation, funding policies, renewals paid in advance), the consumer of claims' policy usage (limits used, policies claims used), the job queues (nightly expiry and renewal reminders run here too unless JOBS_CONCURRENCY
 * names them with 0; `jobs` overrides the renewal Notifier), health, metrics and logs; every request but the health and metrics ones needs a valid
 * access token (AuthModule's global guard).
 */
@Module({})
export class AppModule {
  static forRoot(env: PolicyEnv, jobs: PolicyJobsOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: POLICY_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        PolicyApiModule.forRoot(policyOrmConfig(env), env),
        MessagingModule.forRoot(messagingOptionsFrom(POLICY_SERVICE, env)),
        LocationProjectionModule,
        MedicalProjectionModule,
        InsureeProjectionModule.withMembershipListener({ imports: [MembershipModule], listener: FamilyMembership }),
        OfficerProjectionModule,
        ActivationEventsModule,
        FundingModule,
        MatchedPaymentModule,
        ClaimUsageEventsModule,
        JobsModule.forRoot(jobsOptionsFrom(env, 'api')),
        PolicyJobsModule.forRoot(env, jobs),
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: ProjectedLocationTree }),
      ],
    };
  }
}
