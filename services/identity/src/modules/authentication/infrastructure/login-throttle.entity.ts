import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Failed logins in a row per lower-cased username, whether or not such a user exists (so that being
 * locked reveals nothing). Written only by single upsert statements (login-throttles.ts).
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  @PrimaryKey({ type: 'text' })
  username!: string;

  @Property({ type: 'integer' })
  failures!: number;

  @Property({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null = null;

  @Property({ type: 'timestamptz' })
  lastFailureAt!: Date;
}
