import { ArrayType, Entity, Index, type Opt, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { ROLE_NAME_UNIQUE_INDEX } from './user.indexes';

/** A named set of rights granted to users; system roles carry their openIMIS bit. */
@Entity({ tableName: 'role' })
@Index({
  name: ROLE_NAME_UNIQUE_INDEX,
  expression: `create unique index "${ROLE_NAME_UNIQUE_INDEX}" on "role" (lower("name")) where "deleted_at" is null`,
})
export class Role extends VersionedEntity {
  @Property({ type: 'string', length: 50 })
  name!: string;

  /** openIMIS `is_system` bitmask; 0 for a custom role. */
  @Property({ type: 'integer' })
  systemBits: Opt<number> = 0;

  /** A blocked role grants nothing. */
  @Property({ type: 'boolean' })
  blocked: Opt<boolean> = false;

  @Property({ type: 'text', nullable: true })
  altLanguage: string | null = null;

  @Property({ type: new ArrayType<number>((value) => Number(value)), columnType: 'int[]' })
  rights: number[] = [];
}
