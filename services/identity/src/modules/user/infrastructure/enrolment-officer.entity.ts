import { ArrayType, Entity, Index, type Opt, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { OFFICER_CODE_UNIQUE_INDEX } from './user.indexes';

/** An enrolment officer working in villages; may sign in through a linked user. */
@Entity({ tableName: 'enrolment_officer' })
@Index({
  name: OFFICER_CODE_UNIQUE_INDEX,
  expression: `create unique index "${OFFICER_CODE_UNIQUE_INDEX}" on "enrolment_officer" ("code") where "deleted_at" is null`,
})
export class EnrolmentOfficer extends VersionedEntity {
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

  @Property({ type: 'string', length: 200, nullable: true })
  address: string | null = null;

  @Index({
    name: 'enrolment_officer_village_ids_idx',
    expression: 'create index "enrolment_officer_village_ids_idx" on "enrolment_officer" using gin ("village_ids")',
  })
  @Property({ type: ArrayType, columnType: 'uuid[]' })
  villageIds: string[] = [];

  @Property({ type: 'uuid', nullable: true })
  substitutionOfficerId: string | null = null;

  @Property({ type: 'date', nullable: true })
  worksTo: string | null = null;

  @Property({ type: 'boolean' })
  phoneCommunication: Opt<boolean> = false;

  /** Its login, when it has one. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  userId: string | null = null;
}
