import { Entity, Index, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { CLAIM_ADMIN_CODE_UNIQUE_INDEX } from './user.indexes';

/** A claim administrator of a health facility; may sign in through a linked user. */
@Entity({ tableName: 'claim_administrator' })
@Index({
  name: CLAIM_ADMIN_CODE_UNIQUE_INDEX,
  expression: `create unique index "${CLAIM_ADMIN_CODE_UNIQUE_INDEX}" on "claim_administrator" ("code") where "deleted_at" is null`,
})
export class ClaimAdministrator extends VersionedEntity {
  @Property({ type: 'string', length: 8 })
  code!: string;

  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Property({ type: 'string', length: 100 })
  otherNames!: string;

  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  @Property({ type: 'string', length: 50, nullable: true })
  phone: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  email: string | null = null;

  @Index()
  @Property({ type: 'uuid' })
  healthFacilityId!: string;

  /** Its login, when it has one. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;
}
