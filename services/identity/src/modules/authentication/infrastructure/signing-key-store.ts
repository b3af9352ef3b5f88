import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { generateSigningKey, type SigningKeyJwk } from '@imis/auth';
import { textArrayLiteral } from '@imis/persistence';
import type { JWK } from 'jose';
import { KEY_PUBLICATION_SECONDS, retirement, signingKey, type PublishedKey, type Retirement, type RetirementTiming } from '../domain/signing-key-rotation';

// Any constant shared by every identity instance: key generation, rotation and retirement never overlap.
const SIGNING_KEY_LOCK = 4_002_001;

interface KeyRow {
  kid: string;
  private_jwk: JWK;
  public_jwk: JWK;
}

export interface RotatedKey {
  kid: string;
  /** When it starts signing: once published long enough (`signing-key-rotation`). */
  signsFrom: Date;
}

export interface RetiredKeys extends Retirement {
  /** The superseded keys retired now (none while their tokens may still be valid, unless forced). */
  retired: string[];
}

/**
 * The keys that sign access tokens, in the database so that every instance signs and verifies alike. The
 * JWKS publishes every key not retired; the newest key published long enough signs (`signingKey`).
 * `npm run keys:rotate` adds a key, `npm run keys:retire` retires the superseded ones (services/identity/src/keys.ts).
 */
@Injectable()
export class SigningKeyStore {
  constructor(private readonly em: EntityManager) {}

  /** The key that signs now, generated first when there is none (safe when instances start together). */
  async current(): Promise<SigningKeyJwk> {
    return this.em.fork().transactional(async (tx) => {
      const existing = await this.signing(tx);
      if (existing) return existing;
      await this.lock(tx);
      return (await this.signing(tx)) ?? (await this.insertNew(tx));
    });
  }

  /** The public halves of the keys that are not retired, newest first: what the JWKS publishes. */
  async publicKeys(): Promise<JWK[]> {
    const rows = await this.em.fork().execute<Pick<KeyRow, 'public_jwk'>[]>(
      'select public_jwk from signing_key where retired_at is null order by created_at desc, kid',
    );
    return rows.map((row) => row.public_jwk);
  }

  /** Publishes a new key at once; it signs once published long enough, on every instance without a restart. */
  async rotate(): Promise<RotatedKey> {
    return this.em.fork().transactional(async (tx) => {
      await this.lock(tx);
      const { kid } = await this.insertNew(tx);
      const [row] = await tx.execute<{ created_ms: string }[]>('select extract(epoch from created_at) * 1000 as created_ms from signing_key where kid = ?', [kid]);
      return { kid, signsFrom: new Date(Number(row.created_ms) + KEY_PUBLICATION_SECONDS * 1000) };
    });
  }

  /**
   * Retires the keys the signing key superseded once no token they signed can still be valid (`force`: at
   * once; holders of such tokens then refresh them). Retired keys leave the JWKS; their rows stay.
   */
  async retire(timing: RetirementTiming, force = false): Promise<RetiredKeys> {
    return this.em.fork().transactional(async (tx) => {
      await this.lock(tx);
      const { keys, now } = await this.published(tx);
      const outcome = retirement(keys, now, timing);
      const due = outcome.safeAt !== null && (force || outcome.safeAt <= now);
      const retired = due ? outcome.superseded.map((key) => key.kid) : [];
      if (retired.length > 0) await tx.execute('update signing_key set retired_at = now() where kid = any(?::text[])', [textArrayLiteral(retired)]);
      return { ...outcome, retired };
    });
  }

  private async signing(tx: EntityManager): Promise<SigningKeyJwk | null> {
    const { keys, now } = await this.published(tx);
    const chosen = signingKey(keys, now);
    if (!chosen) return null;
    const [row] = await tx.execute<KeyRow[]>('select kid, private_jwk, public_jwk from signing_key where kid = ?', [chosen.kid]);
    return { kid: row.kid, privateJwk: row.private_jwk, publicJwk: row.public_jwk };
  }

  /** The keys not retired and the database's clock (every instance and the key commands share it). */
  private async published(tx: EntityManager): Promise<{ keys: PublishedKey[]; now: Date }> {
    const [{ now_ms }] = await tx.execute<{ now_ms: string }[]>('select extract(epoch from now()) * 1000 as now_ms');
    const rows = await tx.execute<{ kid: string; created_ms: string }[]>(
      'select kid, extract(epoch from created_at) * 1000 as created_ms from signing_key where retired_at is null',
    );
    return { keys: rows.map((row) => ({ kid: row.kid, createdAt: new Date(Number(row.created_ms)) })), now: new Date(Number(now_ms)) };
  }

  private async insertNew(tx: EntityManager): Promise<SigningKeyJwk> {
    const key = await generateSigningKey();
    await tx.execute('insert into signing_key (kid, private_jwk, public_jwk, created_at) values (?, ?::jsonb, ?::jsonb, now())', [
      key.kid,
      JSON.stringify(key.privateJwk),
      JSON.stringify(key.publicJwk),
    ]);
    return key;
  }

  private async lock(tx: EntityManager): Promise<void> {
    await tx.execute('select pg_advisory_xact_lock(?)', [SIGNING_KEY_LOCK]);
  }
}
