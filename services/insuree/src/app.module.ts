import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { HealthFacilityProjectionModule, LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { INSUREE_SERVICE, insureeOrmConfig } from './config/insuree-orm.config';
import type { InsureeEnv } from './config/insuree.config';
import { InsureeApiModule } from './insuree-api.module';
import type { InsureeScheme } from './insuree-scheme';
import { ImportJobsModule } from './modules/import/import-jobs.module';

/**
 * The insuree service process: GraphQL subgraph, outbox relay, location and health-facility projections,
 * health, metrics and logs; every request but health and metrics needs a valid access token, and location
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
        ImportJobsModule.forRoot(env),
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: ProjectedLocationTree }),
      ],
    };
  }
}
