import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One line of a payment (§5 PaymentDetail): what it pays for and, once matched, its policy, share and premium id. */
@Entity({ tableName: 'payment_detail' })
export class PaymentDetail {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  paymentId!: string;

  /** Kept in the order given (the event lists details in it). */
  @Property({ type: 'integer' })
  position!: number;

  @Index()
  @Property({ type: 'varchar', length: 12 })
  insuranceNumber!: string;

  @Property({ type: 'varchar', length: 8 })
  productCode!: string;

  @Property({ type: 'varchar', length: 1, nullable: true })
  policyStage: 'N' | 'R' | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  expectedAmount: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  amount: string | null = null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  policyId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  premiumId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  renewalPolicyId: string | null = null;
}
