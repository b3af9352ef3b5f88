import { type DynamicModule, Module } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { AuthModule, tokenVerificationFrom } from '@imis/auth';
import { MessagingModule } from '@imis/messaging';
import { ObservabilityModule, readinessCheck } from '@imis/observability';
import { LOCATION_SERVICE, locationOrmConfig } from './config/location-orm.config';
import type { LocationEnv } from './config/location.config';
import { LocationApiModule } from './location-api.module';
import { LocationTableTree } from './modules/location/infrastructure/location-table.tree';

const databaseReady = readinessCheck(
  'database',
  (orm: MikroORM) => async () => {
    const connection = await orm.checkConnection();
    if (!connection.ok) throw new Error(connection.reason);
  },
  [MikroORM],
);

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
        ObservabilityModule.forRoot({ service: LOCATION_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReady] }),
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
