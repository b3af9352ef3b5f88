import { createHash, randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RefreshToken } from './refresh-token.entity';

export interface IssuedRefreshToken {
  readonly token: string;
  readonly expiresAt: Date;
}

/** Refresh tokens: 32 random bytes handed out once, kept only as their SHA-256. */
export const refreshTokens = {
  issue(tx: EntityManager, user: { userId: string; familyId: string }, expiresAt: Date, now: Date): IssuedRefreshToken {
    const token = randomBytes(32).toString('base64url');
    tx.persist(tx.create(RefreshToken, { ...user, tokenHash: hashOf(token), expiresAt, createdAt: now }));
    return { token, expiresAt };
  },

  /** The row of a presented token, locked until the transaction ends (two refreshes of one token queue up here). */
  lockForUse(tx: EntityManager, token: string): Promise<RefreshToken | null> {
    return tx.findOne(RefreshToken, { tokenHash: hashOf(token) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  },

  find(tx: EntityManager, token: string): Promise<RefreshToken | null> {
    return tx.findOne(RefreshToken, { tokenHash: hashOf(token) });
  },

  async revokeFamily(tx: EntityManager, familyId: string, now: Date): Promise<void> {
    await tx.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: now });
  },
};

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
