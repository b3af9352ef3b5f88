import { Global, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';

/** The Redis connection of login rate limiting; connects on first use (so building the schema needs no Redis). */
@Injectable()
export class LoginRedis implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@InjectIdentityEnv() env: IdentityEnv) {
    this.client = new Redis(env.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 });
  }

  onApplicationShutdown(): void {
    this.client.disconnect();
  }
}

/** Global so that the readiness check of the app module can ping it. */
@Global()
@Module({ providers: [LoginRedis], exports: [LoginRedis] })
export class LoginRedisModule {}
