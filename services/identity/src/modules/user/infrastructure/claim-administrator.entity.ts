import { Entity, Index, Property } from '@mikro-orm/core';
import { StaffMember } from './staff-member.entity';
import { CLAIM_ADMIN_CODE_UNIQUE_INDEX } from './user.indexes';

/** A claim administrator of a health facility. */
@Entity({ tableName: 'claim_administrator' })
@Index({
  name: CLAIM_ADMIN_CODE_UNIQUE_INDEX,
  expression: `create unique index "${CLAIM_ADMIN_CODE_UNIQUE_INDEX}" on "claim_administrator" ("code") where "deleted_at" is null`,
})
export class ClaimAdministrator extends StaffMember {
  @Index()
  @Property({ type: 'uuid' })
  healthFacilityId!: string;
}
