import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { LOCATION_SERVICE, locationOrmConfig } from './config/location-orm.config';
import type { LocationEnv } from './config/location.config';
import { LocationApiModule } from './location-api.module';
import { LocationTableTree } from './modules/location';

/**
 * The location service process: GraphQL subgraph, outbox relay to JetStream, health, metrics and logs;
 * every request but the health and metrics ones needs a valid access token (AuthModule's global guard),
 * and location scopes are expanded over the service's own location table.
 */
@Module({})
export class AppModule {
  static forRoot(env: LocationEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: LOCATION_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness] }),
        LocationApiModule.forRoot(locationOrmConfig(env)),
        MessagingModule.forRoot(messagingOptionsFrom(LOCATION_SERVICE, env)),
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: LocationTableTree }),
      ],
    };
  }
}
