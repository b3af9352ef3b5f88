import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { POLICY_STAGES, POLICY_STATUSES, type PolicyStage, type PolicyStatus } from '../domain/policy-codes';

/**
 * A family's purchase of a product for a period (stage N new, R renewal: always a new row). Dates are
 * calendar dates "YYYY-MM-DD"; the value is money (numeric(18,2), a string). Members' coverage is in
 * InsureePolicy rows.
 */
@Entity({ tableName: 'policy' })
@Index({ name: 'policy_creation_order', expression: 'create index "policy_creation_order" on "policy" ("created_at", "id") where "deleted_at" is null' })
@Index({ properties: ['familyId', 'productId'] })
@Index({ name: 'policy_expiry_current_index', expression: 'create index "policy_expiry_current_index" on "policy" ("expiry_date") where "deleted_at" is null' })
export class Policy extends VersionedEntity {
  /** The family (insuree projection). */
  @Property({ type: 'uuid' })
  familyId!: string;

  @Index()
  @Property({ type: 'uuid' })
  productId!: string;

  /** The enrolment officer (identity's officers), when one sold it. */
  @Property({ type: 'uuid', nullable: true })
  officerId: string | null = null;

  @Enum({ items: [...POLICY_STAGES], type: 'string', length: 1 })
  stage!: PolicyStage;

  @Enum({ items: [...POLICY_STATUSES], type: 'string', length: 9 })
  status: Opt<PolicyStatus> = 'IDLE';

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  value!: string;

  @Property({ type: 'date' })
  enrolDate!: string;

  @Property({ type: 'date' })
  startDate!: string;

  /** Set when the policy is paid (activated); null until then. */
  @Property({ type: 'date', nullable: true })
  effectiveDate: string | null = null;

  @Property({ type: 'date' })
  expiryDate!: string;

  /** The policy a renewal continues. */
  @Property({ type: 'uuid', nullable: true })
  previousPolicyId: string | null = null;

  /** Contributions paid so far, photo fees excluded, as the contribution service reported them. */
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  paidTotal!: string;

  /** Set when a reversal left the paid total below the value of an activated policy (decisions table). */
  @Property({ type: 'boolean' })
  underpaid: Opt<boolean> = false;
}
