import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { generateCardKey, publicKeyX, type CardPrivateKey } from '../domain/card-key';
import { CardSigningKey } from './card-signing-key.entity';

// Any constant shared by every insuree instance: only one of them generates the first card key.
const CARD_SIGNING_KEY_LOCK = 4_003_001;

/** A public card key as facility apps get it. */
export interface CardVerificationKey {
  readonly kid: string;
  readonly publicKey: KeyObject;
  /** Raw Ed25519 public key, base64url (the JWK `x`). */
  readonly x: string;
  readonly createdAt: Date;
  readonly retiredAt: Date | null;
}

/**
 * The keys that sign membership cards, in the database so every instance signs alike. To rotate: insert a
 * new key (it signs from the next start) and set `retired_at` on the old one; cards it signed stay verifiable.
 */
@Injectable()
export class CardSigningKeyStore {
  constructor(private readonly em: EntityManager) {}

  /** The newest non-retired key, generated first when there is none (safe when instances start together). */
  async current(): Promise<CardPrivateKey> {
    return this.em.fork().transactional(async (tx) => {
      const existing = await this.newest(tx);
      if (existing) return existing;
      await tx.execute('select pg_advisory_xact_lock(?)', [CARD_SIGNING_KEY_LOCK]);
      const generatedMeanwhile = await this.newest(tx);
      if (generatedMeanwhile) return generatedMeanwhile;
      const key = generateCardKey();
      tx.create(CardSigningKey, {
        kid: key.kid,
        privateJwk: key.privateKey.export({ format: 'jwk' }),
        publicJwk: key.publicKey.export({ format: 'jwk' }),
        createdAt: new Date(),
        retiredAt: null,
      });
      return { kid: key.kid, privateKey: key.privateKey };
    });
  }

  /** Every key's public half, newest first: what facility apps download. */
  async verificationKeys(): Promise<CardVerificationKey[]> {
    const rows = await this.em.fork().find(CardSigningKey, {}, { orderBy: { createdAt: 'desc', kid: 'asc' } });
    return rows.map((row) => {
      const publicKey = createPublicKey({ key: row.publicJwk, format: 'jwk' });
      return { kid: row.kid, publicKey, x: publicKeyX(publicKey), createdAt: row.createdAt, retiredAt: row.retiredAt };
    });
  }

  private async newest(tx: EntityManager): Promise<CardPrivateKey | null> {
    const row = await tx.findOne(
      CardSigningKey,
      { retiredAt: null },
      { orderBy: { createdAt: 'desc', kid: 'asc' }, populate: ['privateJwk'] },
    );
    return row ? { kid: row.kid, privateKey: createPrivateKey({ key: row.privateJwk, format: 'jwk' }) } : null;
  }
}
