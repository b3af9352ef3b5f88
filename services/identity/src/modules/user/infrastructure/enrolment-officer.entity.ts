import { ArrayType, Entity, Index, type Opt, Property } from '@mikro-orm/core';
import { StaffMember } from './staff-member.entity';
import { OFFICER_CODE_UNIQUE_INDEX } from './user.indexes';

/** An enrolment officer working in villages. */
@Entity({ tableName: 'enrolment_officer' })
@Index({
  name: OFFICER_CODE_UNIQUE_INDEX,
  expression: `create unique index "${OFFICER_CODE_UNIQUE_INDEX}" on "enrolment_officer" ("code") where "deleted_at" is null`,
})
export class EnrolmentOfficer extends StaffMember {
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
}
