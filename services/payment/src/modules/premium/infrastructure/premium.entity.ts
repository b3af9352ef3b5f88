import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A premium as the contribution service's premium events state it: which policy it pays and whether it is
 * current. §5.4 refuses an officer's payment for a policy without a current premium.
 */
@Entity({ tableName: 'payment_premium' })
export class PaymentPremium {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  policyId!: string;

  /** Reversed (soft-deleted) in the contribution service. */
  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the premium in the contribution service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
