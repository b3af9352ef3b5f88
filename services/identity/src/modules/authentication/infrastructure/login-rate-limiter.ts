import { Injectable } from '@nestjs/common';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';
import { LoginRedis } from './login-redis';

const WINDOW_SECONDS = 60;

/** Login attempts per client address and clock minute, counted in Redis so every instance shares the count. */
@Injectable()
export class LoginRateLimiter {
  private readonly limit: number;
  private readonly prefix: string;

  constructor(
    private readonly redis: LoginRedis,
    @InjectIdentityEnv() env: IdentityEnv,
  ) {
    this.limit = env.LOGIN_RATE_LIMIT_PER_MINUTE;
    this.prefix = `${env.EVENT_PREFIX}identity:login-rate`;
  }

  /** Counts the attempt; the seconds to wait when the address is over its limit, else null. */
  async attempt(address: string, now: Date): Promise<number | null> {
    const seconds = Math.floor(now.getTime() / 1000);
    const window = Math.floor(seconds / WINDOW_SECONDS);
    const key = `${this.prefix}:${window}:${address}`;
    const replies = await this.redis.client.multi().incr(key).expire(key, WINDOW_SECONDS).exec();
    const [error, count] = replies?.[0] ?? [new Error('Redis returned no reply to INCR')];
    if (error) throw error;
    return Number(count) > this.limit ? WINDOW_SECONDS - (seconds % WINDOW_SECONDS) : null;
  }
}
