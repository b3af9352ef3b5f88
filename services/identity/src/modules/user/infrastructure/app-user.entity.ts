import { ArrayType, Entity, Index, type Opt, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import type { Language } from '../domain/user-fields';
import { foldedUsername, USERNAME_UNIQUE_INDEX } from './user.indexes';

/** A person who signs in (openIMIS InteractiveUser). No password here: credentials live apart and never reach history. */
@Entity({ tableName: 'app_user' })
@Index({ name: 'app_user_creation_order', expression: 'create index "app_user_creation_order" on "app_user" ("created_at", "id") where "deleted_at" is null' })
@Index({
  name: USERNAME_UNIQUE_INDEX,
  expression: `create unique index "${USERNAME_UNIQUE_INDEX}" on "app_user" (${foldedUsername('"username"')}) where "deleted_at" is null`,
})
export class AppUser extends VersionedEntity {
  @Property({ type: 'string', length: 50 })
  username!: string;

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'string', length: 100 })
  otherNames!: string;

  @Property({ type: 'string', length: 200, nullable: true })
  email: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 2 })
  language: Opt<Language> = 'en';

  /** Calendar dates "YYYY-MM-DD"; the user may sign in from activeFrom to activeTo (null: no end). */
  @Property({ type: 'date' })
  activeFrom!: string;

  @Property({ type: 'date', nullable: true })
  activeTo: string | null = null;

  @Property({ type: ArrayType, columnType: 'uuid[]' })
  roleIds: string[] = [];

  @Index({ name: 'app_user_district_ids_idx', expression: 'create index "app_user_district_ids_idx" on "app_user" using gin ("district_ids")' })
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  districtIds: string[] = [];

  @Property({ type: 'uuid', nullable: true })
  healthFacilityId: string | null = null;
}
