import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { JobsModule } from '@imis/jobs';
import { HealthFacilityProjectionModule, LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { insureeJobsOptions } from './config/insuree-jobs.options';
import { INSUREE_SERVICE, insureeOrmConfig } from './config/insuree-orm.config';
import type { InsureeEnv } from './config/insuree.config';
import { InsureeApiModule } from './insuree-api.module';
import type { InsureeScheme } from './insuree-scheme';
import { ImportJobsModule } from './modules/import/import-jobs.module';

/**
 * The insuree service process: GraphQL subgraph, outbox relay, location and health-facility projections,
 * job queues (import jobs run here too unless their concurrency is 0), health, metrics and logs; every request but health and metrics needs a valid access token, and location
 * scopes are expanded over the location projection.
 */
@Module({})
export class AppModule {
  static forRoot(env: InsureeEnv, scheme: InsureeScheme = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: INSUREE_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        InsureeApiModule.forRoot(insureeOrmConfig(env), env, scheme),
        MessagingModule.forRoot(messagingOptionsFrom(INSUREE_SERVICE, env)),
        LocationProjectionModule,
        HealthFacilityProjectionModule,
        JobsModule.forRoot(insureeJobsOptions(env, 'api')),
        ImportJobsModule,
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: ProjectedLocationTree }),
      ],
    };
  }
}
