import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessProfiles } from '../../user';
import { authenticationErrors } from '../domain/authentication.errors';
import { refreshTokenStatus } from '../domain/refresh-token-status';
import { refreshTokens } from '../infrastructure/refresh-tokens';
import { authenticated, notAuthenticated, type AuthenticationResult } from './authentication-result';
import { SessionTokenIssuer } from './session-tokens';

/**
 * Exchanges a refresh token for a new access token (fresh claims) and the next refresh token of its family.
 * Refusals that end the session (reuse, user gone) are committed: they are not rolled back with the refusal.
 */
@Injectable()
export class RefreshSessionHandler {
  constructor(
    private readonly em: EntityManager,
    private readonly profiles: AccessProfiles,
    private readonly sessions: SessionTokenIssuer,
  ) {}

  execute(token: string): Promise<AuthenticationResult> {
    const now = new Date();
    return this.em.fork().transactional(async (tx): Promise<AuthenticationResult> => {
      const presented = await refreshTokens.lockForUse(tx, token);
      if (!presented) return notAuthenticated(authenticationErrors.invalidRefreshToken());
      switch (refreshTokenStatus(presented, now)) {
        case 'USED':
          await refreshTokens.revokeFamily(tx, presented.familyId, now);
          return notAuthenticated(authenticationErrors.refreshTokenReused());
        case 'REVOKED':
        case 'EXPIRED':
          return notAuthenticated(authenticationErrors.invalidRefreshToken());
        case 'ACTIVE':
          break;
      }
      const profile = await this.profiles.byUserId(presented.userId);
      if (!profile) {
        await refreshTokens.revokeFamily(tx, presented.familyId, now);
        return notAuthenticated(authenticationErrors.invalidRefreshToken());
      }
      presented.usedAt = now;
      return authenticated(await this.sessions.issue(tx, profile, now, presented.familyId));
    });
  }
}
