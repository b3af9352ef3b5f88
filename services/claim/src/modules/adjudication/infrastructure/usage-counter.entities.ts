import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** The policy-level row of `claim_usage_amount` has this insuree id (a primary key cannot hold null). */
export const POLICY_LEVEL = '00000000-0000-0000-0000-000000000000';

/** Quantity of an item or service passed on the insuree's claims in one coverage window (insuree-policy row). */
@Entity({ tableName: 'claim_usage_quantity' })
export class ClaimUsageQuantity {
  @PrimaryKey({ type: 'uuid' })
  insureePolicyId!: string;

  /** item or service. */
  @PrimaryKey({ type: 'text' })
  kind!: string;

  @PrimaryKey({ type: 'uuid' })
  medicalId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  quantity!: string;
}

/** Checked (or later) claims of one category in one coverage window. */
@Entity({ tableName: 'claim_usage_category' })
export class ClaimUsageCategory {
  @PrimaryKey({ type: 'uuid' })
  insureePolicyId!: string;

  @PrimaryKey({ type: 'string', length: 1 })
  category!: string;

  @Property({ type: 'integer' })
  claims!: number;
}

/** Deducted and remunerated so far, per policy (insureeId = POLICY_LEVEL) and per policy + insuree, by G/IP/OP bucket. */
@Entity({ tableName: 'claim_usage_amount' })
export class ClaimUsageAmount {
  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  @PrimaryKey({ type: 'uuid' })
  insureeId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductedGeneral!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductedInPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductedOutPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedGeneral!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedInPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedOutPatient!: string;
}

/** One claim's deductible and ceiling consumption under a policy (openIMIS ClaimDedRem). */
@Entity({ tableName: 'claim_ded_rem' })
@Index({ properties: ['policyId'] })
export class ClaimDedRem {
  @PrimaryKey({ type: 'uuid' })
  claimId!: string;

  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid' })
  insureeId!: string;

  @Property({ type: 'boolean' })
  hospital!: boolean;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductedGeneral!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductedInPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductedOutPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedGeneral!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedInPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedOutPatient!: string;
}

export const usageCounterEntities = [ClaimUsageQuantity, ClaimUsageCategory, ClaimUsageAmount, ClaimDedRem];
