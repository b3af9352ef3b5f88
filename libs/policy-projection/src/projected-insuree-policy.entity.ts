import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One member's coverage under a policy, with its own dates, fed by insuree-policy events. */
@Entity({ tableName: 'projected_insuree_policy' })
export class ProjectedInsureePolicy {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  insureeId!: string;

  @Index()
  @Property({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'date' })
  enrolmentDate!: string;

  @Property({ type: 'date' })
  startDate!: string;

  /** Null = not covered (not paid, or joined and not yet paid for). */
  @Property({ type: 'date', nullable: true })
  effectiveDate!: string | null;

  @Property({ type: 'date' })
  expiryDate!: string;

  /** Removed (the member left the family): kept so that an older event replayed changes nothing. */
  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the row in the policy service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
