import { Entity, Index, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';

/**
 * One member's coverage under a policy, with its own dates (openIMIS InsureePolicy): a member who joins
 * later has a later enrolment date, and no effective date until the policy's value is paid again.
 */
@Entity({ tableName: 'insuree_policy' })
@Index({ properties: ['insureeId', 'expiryDate'] })
@Index({
  name: 'insuree_policy_current_unique',
  expression: 'create unique index "insuree_policy_current_unique" on "insuree_policy" ("policy_id", "insuree_id") where "deleted_at" is null',
})
export class InsureePolicy extends VersionedEntity {
  @Index()
  @Property({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid' })
  insureeId!: string;

  @Property({ type: 'date' })
  enrolmentDate!: string;

  @Property({ type: 'date' })
  startDate!: string;

  /** Null = not covered (the policy, or this member's share, is not paid). */
  @Property({ type: 'date', nullable: true })
  effectiveDate: string | null = null;

  @Property({ type: 'date' })
  expiryDate!: string;
}
