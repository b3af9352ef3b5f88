import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A user's password, as an argon2id hash only. Not versioned: hashes never reach the history table or events. */
@Entity({ tableName: 'credential' })
export class Credential {
  @PrimaryKey({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'text' })
  passwordHash!: string;

  @Property({ type: 'timestamptz' })
  changedAt!: Date;
}
