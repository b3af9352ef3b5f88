export type RefreshTokenStatus = 'ACTIVE' | 'USED' | 'REVOKED' | 'EXPIRED';

export interface RefreshTokenDates {
  readonly expiresAt: Date;
  readonly usedAt: Date | null;
  readonly revokedAt: Date | null;
}

/**
 * What presenting this refresh token means. A used token presented again is a copy in someone else's hands
 * (tokens are single-use), unless its family was already revoked: then it is simply no longer valid.
 */
export function refreshTokenStatus(token: RefreshTokenDates, now: Date): RefreshTokenStatus {
  if (token.revokedAt) return 'REVOKED';
  if (token.usedAt) return 'USED';
  if (token.expiresAt <= now) return 'EXPIRED';
  return 'ACTIVE';
}
