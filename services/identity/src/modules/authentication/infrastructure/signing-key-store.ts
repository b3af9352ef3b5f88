import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { generateSigningKey, type SigningKeyJwk } from '@imis/auth';
import type { JWK } from 'jose';

// Any constant shared by every identity instance: only one of them generates the first key.
const SIGNING_KEY_LOCK = 4_002_001;

interface KeyRow {
  kid: string;
  private_jwk: JWK;
  public_jwk: JWK;
}

/**
 * The keys that sign access tokens, in the database so that every instance signs and verifies alike.
 * To rotate: insert a new key (it signs from the next start), restart, and retire the old one once the
 * tokens it signed have expired.
 */
@Injectable()
export class SigningKeyStore {
  constructor(private readonly em: EntityManager) {}

  /** The newest non-retired key, generated first when there is none (safe when instances start together). */
  async current(): Promise<SigningKeyJwk> {
    return this.em.fork().transactional(async (tx) => {
      const existing = await this.newest(tx);
      if (existing) return existing;
      await tx.execute('select pg_advisory_xact_lock(?)', [SIGNING_KEY_LOCK]);
      const generatedMeanwhile = await this.newest(tx);
      if (generatedMeanwhile) return generatedMeanwhile;
      const key = await generateSigningKey();
      await tx.execute('insert into signing_key (kid, private_jwk, public_jwk, created_at) values (?, ?::jsonb, ?::jsonb, now())', [
        key.kid,
        JSON.stringify(key.privateJwk),
        JSON.stringify(key.publicJwk),
      ]);
      return key;
    });
  }

  /** The public halves of the keys that are not retired, newest first: what the JWKS publishes. */
  async publicKeys(): Promise<JWK[]> {
    const rows = await this.em.fork().execute<Pick<KeyRow, 'public_jwk'>[]>(
      'select public_jwk from signing_key where retired_at is null order by created_at desc, kid',
    );
    return rows.map((row) => row.public_jwk);
  }

  private async newest(tx: EntityManager): Promise<SigningKeyJwk | null> {
    const [row] = await tx.execute<KeyRow[]>(
      'select kid, private_jwk, public_jwk from signing_key where retired_at is null order by created_at desc, kid limit 1',
    );
    return row ? { kid: row.kid, privateJwk: row.private_jwk, publicJwk: row.public_jwk } : null;
  }
}
