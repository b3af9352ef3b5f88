import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The newest version of a claim whose usage is held (the guard of `claim_policy_usage`): usage events or the
 * deletion of an older or equal version change nothing. Written only by `claim-usage.statements.ts`.
 */
@Entity({ tableName: 'claim_usage' })
export class ClaimUsage {
  @PrimaryKey({ type: 'uuid' })
  claimId!: string;

  @Property({ type: 'integer' })
  claimVersion!: number;

  /** The claim was deleted: its usage is gone for good. */
  @Property({ type: 'boolean' })
  deleted!: boolean;
}

/** One policy's share of a claim's current usage (the claim's latest policy-usage event, if counted). */
@Entity({ tableName: 'claim_policy_usage' })
export class ClaimPolicyUsage {
  @PrimaryKey({ type: 'uuid' })
  claimId!: string;

  @Index()
  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid' })
  productId!: string;

  @Property({ type: 'uuid' })
  insureeId!: string;

  @Property({ type: 'date' })
  targetDate!: string;

  @Property({ type: 'boolean' })
  inPatient!: boolean;

  /** The claim category letter (S, D, A, H, C, O, V); null: none. */
  @Property({ type: 'string', length: 1, nullable: true })
  category!: string | null;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remunerated!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductible!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  exceedCeiling!: string;

  /** [{ itemId, quantity }] approved per item. */
  @Property({ type: 'jsonb' })
  items!: unknown;

  /** [{ serviceId, quantity }] approved per service. */
  @Property({ type: 'jsonb' })
  services!: unknown;
}

/** Amounts used on a policy by all its members' claims, in- and out-patient (the general amount is their sum). */
@Entity({ tableName: 'policy_usage' })
export class PolicyUsageTotal {
  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedInPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedOutPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductibleInPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductibleOutPatient!: string;

  @Property({ type: 'integer' })
  claims!: number;
}

/** Amounts used on a policy by one member's claims. */
@Entity({ tableName: 'policy_insuree_usage' })
export class PolicyInsureeUsage {
  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  @PrimaryKey({ type: 'uuid' })
  insureeId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedInPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  remuneratedOutPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductibleInPatient!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  deductibleOutPatient!: string;

  @Property({ type: 'integer' })
  claims!: number;
}

/** Claims of a category a member made on a policy. */
@Entity({ tableName: 'policy_category_usage' })
export class PolicyCategoryUsage {
  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  @PrimaryKey({ type: 'uuid' })
  insureeId!: string;

  @PrimaryKey({ type: 'string', length: 1 })
  category!: string;

  @Property({ type: 'integer' })
  claims!: number;
}

/** Quantity of an item (kind I) or service (kind S) a member's claims used on a policy. */
@Entity({ tableName: 'policy_line_usage' })
export class PolicyLineUsage {
  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  @PrimaryKey({ type: 'uuid' })
  insureeId!: string;

  @PrimaryKey({ type: 'string', length: 1 })
  kind!: 'I' | 'S';

  @PrimaryKey({ type: 'uuid' })
  lineId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  quantity!: string;
}

export const CLAIM_USAGE_ENTITIES = [ClaimUsage, ClaimPolicyUsage, PolicyUsageTotal, PolicyInsureeUsage, PolicyCategoryUsage, PolicyLineUsage];
