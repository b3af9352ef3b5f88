import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AccessProfiles } from '../../user';
import { authenticationErrors } from '../domain/authentication.errors';
import { refreshTokenStatus } from '../domain/refresh-token-status';
import { refreshTokens } from '../infrastructure/refresh-tokens';
import { authenticated, notAuthenticated, type AuthenticationResult } from './authentication-result';
import { SessionTokenIssuer } from './session-tokens';

export interface RefreshSessionData {
  /** The refresh token of the last login or refresh. */
  readonly refreshToken: string;
}

/**
 * Exchanges a refresh token for a new access token (fresh claims) and the next refresh token of its family.
 *
 * Run in a transaction (`inTransaction`), not by `runUseCase`: a refusal that ends the session (a reused
 * token, a user gone) revokes the family and that must commit, where `runUseCase` would undo a refused
 * command's changes; so refusals are returned as data. Tokens are never stored for a clientMutationId replay.
 */
@Injectable()
export class RefreshSession {
  constructor(
    private readonly profiles: AccessProfiles,
    private readonly sessions: SessionTokenIssuer,
  ) {}

  async execute(tx: EntityManager, { refreshToken }: RefreshSessionData): Promise<AuthenticationResult> {
    const now = new Date();
    const presented = await refreshTokens.lockForUse(tx, refreshToken);
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
  }
}
