import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { uuidv7 } from '@imis/persistence';
import { InjectIdentityEnv } from '../../../config/identity-env.module';
import type { IdentityEnv } from '../../../config/identity.config';
import type { AccessProfile } from '../../user';
import { refreshTokens } from '../infrastructure/refresh-tokens';
import { AccessTokenIssuer } from './access-token-issuer';

export interface SessionTokens {
  readonly accessToken: string;
  readonly expiresAt: Date;
  readonly refreshToken: string;
  readonly refreshExpiresAt: Date;
}

/** An access token with the user's current claims, and the next refresh token of its session (family). */
@Injectable()
export class SessionTokenIssuer {
  constructor(
    private readonly accessTokens: AccessTokenIssuer,
    @InjectIdentityEnv() private readonly env: IdentityEnv,
  ) {}

  async issue(tx: EntityManager, profile: AccessProfile, now: Date, familyId: string = uuidv7()): Promise<SessionTokens> {
    const refreshExpiresAt = new Date(now.getTime() + this.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const refresh = refreshTokens.issue(tx, { userId: profile.userId, familyId }, refreshExpiresAt, now);
    await tx.flush();
    const access = await this.accessTokens.sign(profile.claims, now);
    return { accessToken: access.token, expiresAt: access.expiresAt, refreshToken: refresh.token, refreshExpiresAt };
  }
}
