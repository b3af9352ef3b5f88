import { type DynamicModule, Module } from '@nestjs/common';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { MessagingModule } from '@imis/messaging';
import { ObservabilityModule } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { LOCATION_SERVICE, locationOrmConfig } from './config/location-orm.config';
import type { LocationEnv } from './config/location.config';
import { LocationApiModule } from './location-api.module';
import { LocationTableTree } from './modules/location/infrastructure/location-table.tree';

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
        MessagingModule.forRoot({
          service: LOCATION_SERVICE,
          natsUrl: env.NATS_URL,
          prefix: env.EVENT_PREFIX,
          relay: { batchSize: env.OUTBOX_BATCH_SIZE, pollMs: env.OUTBOX_POLL_MS },
          consumers: { maxDeliver: env.CONSUMER_MAX_DELIVER },
        }),
        AuthModule.forRoot({ verification: tokenVerificationFrom(env), locationTree: LocationTableTree }),
      ],
    };
  }
}
