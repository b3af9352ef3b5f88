import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { uuidv7 } from '@imis/persistence';

/**
 * One refresh token of a sign-in session (its family). Only the SHA-256 of the token is stored; each token is
 * used once and replaced by the next of its family, so presenting a used one reveals a stolen copy.
 */
@Entity({ tableName: 'refresh_token' })
export class RefreshToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Index()
  @Property({ type: 'uuid' })
  familyId!: string;

  @Index()
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text', unique: 'refresh_token_token_hash_unique' })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
