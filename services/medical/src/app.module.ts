import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { JobsModule, jobsOptionsFrom } from '@imis/jobs';
import { HealthFacilityProjectionModule, LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { MEDICAL_SERVICE, medicalOrmConfig } from './config/medical-orm.config';
import type { MedicalEnv } from './config/medical.config';
import { MedicalApiModule } from './medical-api.module';
import { DiagnosisJobsModule } from './modules/diagnosis';

/**
 * The medical API process: GraphQL subgraph, outbox relay to JetStream, the location projection
 * (location scopes are expanded over it), the health-facility projection (price list assignments), job
 * queues (diagnosis uploads run here too unless JOBS_CONCURRENCY=diagnosis-upload=0), health, metrics and
 * logs; every request but the health and
 * metrics ones needs a valid access token (AuthModule's global guard).
 */
@Module({})
export class AppModule {
  static forRoot(env: MedicalEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: MEDICAL_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        MedicalApiModule.forRoot(medicalOrmConfig(env), env),
        MessagingModule.forRoot(messagingOptionsFrom(MEDICAL_SERVICE, env)),
        LocationProjectionModule,
        JobsModule.forRoot(jobsOptionsFrom(env, 'api')),
        DiagnosisJobsModule,
        HealthFacilityProjectionModule,
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: ProjectedLocationTree }),
      ],
    };
  }
}
