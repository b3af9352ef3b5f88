import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { JWK } from 'jose';

/** A key pair that signs access tokens; the newest non-retired one signs, every non-retired one verifies. */
@Entity({ tableName: 'signing_key' })
export class SigningKey {
  @PrimaryKey({ type: 'text' })
  kid!: string;

  @Property({ type: 'jsonb', lazy: true })
  privateJwk!: JWK;

  @Property({ type: 'jsonb' })
  publicJwk!: JWK;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;
}
