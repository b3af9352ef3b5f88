import type { JsonWebKey } from 'node:crypto';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An Ed25519 key pair that signs membership-card QR codes: the newest non-retired key signs new cards;
 * every key, retired or not, is published so cards printed years ago still verify (`retiredAt` tells a
 * facility app that cards the key signed after that day are not genuine).
 */
@Entity({ tableName: 'card_signing_key' })
export class CardSigningKey {
  @PrimaryKey({ type: 'text' })
  kid!: string;

  /** Kept in plain in the database, like identity's token signing keys. */
  @Property({ type: 'jsonb', lazy: true })
  privateJwk!: JsonWebKey;

  @Property({ type: 'jsonb' })
  publicJwk!: JsonWebKey;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  retiredAt: Date | null = null;
}
