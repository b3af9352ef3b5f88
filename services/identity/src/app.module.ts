import { type DynamicModule, Module } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AuthModule } from '@imis/auth';
import { HealthFacilityProjectionModule, LocationProjectionModule, ProjectedLocationTree } from '@imis/location-projection';
import { MessagingModule, messagingOptionsFrom } from '@imis/messaging';
import { ObservabilityModule, readinessCheck } from '@imis/observability';
import { databaseReadiness } from '@imis/persistence';
import { IDENTITY_SERVICE, identityOrmConfig } from './config/identity-orm.config';
import type { IdentityEnv } from './config/identity.config';
import { IdentityApiModule } from './identity-api.module';
import { identityTokenVerifier, LoginRedis } from './modules/authentication';
import { FirstBootModule } from './modules/user';

const redisReady = readinessCheck(
  'redis',
  (redis: LoginRedis) => async () => {
    await redis.client.ping();
  },
  [LoginRedis],
);

/** The identity service process: GraphQL subgraph, outbox relay, location projection, health, metrics and logs. */
@Module({})
export class AppModule {
  static forRoot(env: IdentityEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ObservabilityModule.forRoot({ service: IDENTITY_SERVICE, logLevel: env.LOG_LEVEL, readiness: [databaseReadiness, redisReady] }),
        IdentityApiModule.forRoot(identityOrmConfig(env), env),
        MessagingModule.forRoot(messagingOptionsFrom(IDENTITY_SERVICE, env)),
        LocationProjectionModule,
        HealthFacilityProjectionModule,
        FirstBootModule,
        // Identity's own signing keys (loaded at start) plus AUTH_JWKS.
        AuthModule.forRoot({
          verifier: { useFactory: (em: EntityManager) => identityTokenVerifier(em, env), inject: [EntityManager] },
          locationTree: ProjectedLocationTree,
        }),
      ],
    };
  }
}
