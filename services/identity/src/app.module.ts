import { type DynamicModule, Module } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { AuthModule, TokenVerifier, type KeySource } from '@imis/auth';
import { LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MessagingModule } from '@imis/messaging';
import { ObservabilityModule, readinessCheck } from '@imis/observability';
import { IDENTITY_SERVICE, identityOrmConfig } from './config/identity-orm.config';
import type { IdentityEnv } from './config/identity.config';
import { IdentityApiModule } from './identity-api.module';

const databaseReady = readinessCheck(
  'database',
  (orm: MikroORM) => async () => {
    const connection = await orm.checkConnection();
    if (!connection.ok) throw new Error(connection.reason);
  },
  [MikroORM],
);

/** The identity service process: GraphQL subgraph, outbox relay, location projection, health, metrics and logs. */
@Module({})
export class AppModule {
  static forRoot(env: IdentityEnv): DynamicModule {
    const trustedKeys: KeySource = { jwks: env.AUTH_JWKS ? JSON.parse(env.AUTH_JWKS) : { keys: [] } };
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: IDENTITY_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReady] }),
        IdentityApiModule.forRoot(identityOrmConfig(env), env),
        MessagingModule.forRoot({
          service: IDENTITY_SERVICE,
          natsUrl: env.NATS_URL,
          prefix: env.EVENT_PREFIX,
          relay: { batchSize: env.OUTBOX_BATCH_SIZE, pollMs: env.OUTBOX_POLL_MS },
          consumers: { maxDeliver: env.CONSUMER_MAX_DELIVER },
        }),
        LocationProjectionModule,
        // TODO(authentication module): verify with identity's own signing keys plus AUTH_JWKS.
        AuthModule.forRoot({
          verifier: { useFactory: () => new TokenVerifier(trustedKeys, { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE }) },
          locationTree: ProjectedLocationTree,
        }),
      ],
    };
  }
}
