import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { inTransaction } from '@imis/application';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';
import { AccessProfiles } from '../../user';
import { authenticationErrors } from '../domain/authentication.errors';
import { lockEnd, type LockoutPolicy } from '../domain/login-lockout';
import { loginFailures, loginSeconds, type LoginFailureReason } from '../infrastructure/login.metrics';
import { LoginRateLimiter } from '../infrastructure/login-rate-limiter';
import { LoginThrottles } from '../infrastructure/login-throttles';
import { authenticated, notAuthenticated, type AuthenticationResult } from './authentication-result';
import { PasswordCredentials } from './password-credentials';
import { SessionTokenIssuer } from './session-tokens';

export interface LoginAttempt {
  readonly username: string;
  readonly password: string;
  readonly clientAddress: string;
}

// Usernames are at most this long; a longer one is still throttled, under its first characters.
const THROTTLE_KEY_LENGTH = 256;

/**
 * Signs a user in with username and password: rate limit per address, lockout per username, then argon2.
 *
 * Not run by `runUseCase`: the rate limit (Redis) and the lockout count each attempt on connections of
 * their own, before any transaction, so that a refused attempt stays counted and no transaction is held
 * open across the argon2 verification. Only the new session is written in a transaction: the one of the
 * given EntityManager, or one of its own (`inTransaction`). Tokens are never stored for a clientMutationId replay.
 */
@Injectable()
export class Login {
  private readonly lockout: LockoutPolicy;

  constructor(
    private readonly profiles: AccessProfiles,
    private readonly credentials: PasswordCredentials,
    private readonly throttles: LoginThrottles,
    private readonly rateLimiter: LoginRateLimiter,
    private readonly sessions: SessionTokenIssuer,
    @InjectIdentityEnv() env: IdentityEnv,
  ) {
    this.lockout = { maxFailures: env.LOGIN_MAX_FAILURES, lockoutMinutes: env.LOGIN_LOCKOUT_MINUTES };
  }

  async execute(em: EntityManager, attempt: LoginAttempt): Promise<AuthenticationResult> {
    const stopTimer = loginSeconds.startTimer();
    try {
      return await this.login(em, attempt, new Date());
    } finally {
      stopTimer();
    }
  }

  private async login(em: EntityManager, { username, password, clientAddress }: LoginAttempt, now: Date): Promise<AuthenticationResult> {
    const wait = await this.rateLimiter.attempt(clientAddress, now);
    if (wait !== null) return refused('rate_limited', authenticationErrors.rateLimited(wait));

    // Not folded here: LoginThrottles folds it in SQL, by the same rule as the lookup below.
    const throttleKey = username.trim().slice(0, THROTTLE_KEY_LENGTH);
    const lockedUntil = lockEnd(await this.throttles.state(throttleKey), now);
    if (lockedUntil) return refused('locked', authenticationErrors.accountLocked(minutesUntil(lockedUntil, now)));

    const profile = await this.profiles.byUsername(username);
    const matches = await this.credentials.matches(em.fork(), profile?.userId ?? null, password);
    if (!profile || !matches) {
      await this.throttles.recordFailure(throttleKey, now, this.lockout);
      return refused('invalid_credentials', authenticationErrors.invalidCredentials());
    }
    const lockedMeanwhile = await this.throttles.recordSuccess(throttleKey, now);
    if (lockedMeanwhile) return refused('locked', authenticationErrors.accountLocked(minutesUntil(lockedMeanwhile, now)));

    return authenticated(await inTransaction(em, (tx) => this.sessions.issue(tx, profile, now)));
  }
}

function refused(reason: LoginFailureReason, error: Parameters<typeof notAuthenticated>[0]): AuthenticationResult {
  loginFailures.inc({ reason });
  return notAuthenticated(error);
}

function minutesUntil(end: Date, now: Date): number {
  return Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 60_000));
}
