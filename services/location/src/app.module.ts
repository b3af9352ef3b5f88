import { type DynamicModule, Module } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { MessagingModule } from '@imis/messaging';
import { ObservabilityModule, readinessCheck } from '@imis/observability';
import { LOCATION_SERVICE, locationOrmConfig } from './config/location-orm.config';
import type { LocationEnv } from './config/location.config';
import { LocationApiModule } from './location-api.module';

const databaseReady = readinessCheck(
  'database',
  (orm: MikroORM) => async () => {
    const connection = await orm.checkConnection();
    if (!connection.ok) throw new Error(connection.reason);
  },
  [MikroORM],
);

/** The location service process: GraphQL subgraph, outbox relay to JetStream, health, metrics and logs. */
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
      ],
    };
  }
}
