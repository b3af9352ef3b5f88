import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { PolicyState } from '@imis/contracts';

/** A family's policy, fed by policy events (created, renewed, updated, activated, suspended, expired, deleted). */
@Entity({ tableName: 'projected_policy' })
export class ProjectedPolicy {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  familyId!: string;

  @Property({ type: 'uuid' })
  productId!: string;

  @Property({ type: 'uuid', nullable: true })
  officerId!: string | null;

  /** N new enrolment, R renewal. */
  @Property({ type: 'text' })
  stage!: PolicyState['stage'];

  /** IDLE, ACTIVE, SUSPENDED, EXPIRED, READY. */
  @Property({ type: 'text' })
  status!: PolicyState['status'];

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  value!: string;

  @Property({ type: 'date' })
  enrolDate!: string;

  @Property({ type: 'date' })
  startDate!: string;

  /** Null until paid. */
  @Property({ type: 'date', nullable: true })
  effectiveDate!: string | null;

  @Property({ type: 'date' })
  expiryDate!: string;

  @Property({ type: 'uuid', nullable: true })
  previousPolicyId!: string | null;

  /** The policy's contributions (photo fees excluded) as the policy service last stated them; outstanding = value − paid total. */
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  paidTotal!: string;

  /** An activated policy whose contributions fell below its value (a reversal). */
  @Property({ type: 'boolean' })
  underpaid = false;

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the policy in the policy service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
