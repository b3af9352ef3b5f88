import { refreshTokenStatus } from './refresh-token-status';

const now = new Date('2026-11-24T10:00:00Z');
const later = new Date('2026-12-24T10:00:00Z');

describe('refresh token status', () => {
  it('is active until used, revoked or expired', () => {
    expect(refreshTokenStatus({ expiresAt: later, usedAt: null, revokedAt: null }, now)).toBe('ACTIVE');
    expect(refreshTokenStatus({ expiresAt: now, usedAt: null, revokedAt: null }, now)).toBe('EXPIRED');
  });

  it('reports a used token as reuse, unless its family is already revoked', () => {
    expect(refreshTokenStatus({ expiresAt: later, usedAt: now, revokedAt: null }, now)).toBe('USED');
    expect(refreshTokenStatus({ expiresAt: now, usedAt: now, revokedAt: null }, later)).toBe('USED');
    expect(refreshTokenStatus({ expiresAt: later, usedAt: now, revokedAt: now }, now)).toBe('REVOKED');
  });
});
