import { Property } from '@mikro-orm/core';
import { BaseEntity } from '@imis/persistence';

/**
 * What item and service lines share. Lines are never changed by entry: an update of the claim replaces them
 * (`replacedInVersion` = the claim version that replaced them) and inserts new ones, so the lines of every past
 * version of a claim stay readable. Adjudication fills the nullable results of the current lines.
 */
export abstract class ClaimLine extends BaseEntity {
  @Property({ type: 'uuid' })
  claimId!: string;

  /** The claim version that entered this line. */
  @Property({ type: 'integer' })
  enteredInVersion!: number;

  /** The claim version that replaced it; null: current. */
  @Property({ type: 'integer', nullable: true })
  replacedInVersion: number | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  quantityProvided!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  priceAsked!: string;

  @Property({ type: 'text', nullable: true })
  explanation: string | null = null;

  @Property({ type: 'string', length: 8, nullable: true })
  status: string | null = null;

  @Property({ type: 'smallint', nullable: true })
  rejectionReason: number | null = null;

  @Property({ type: 'uuid', nullable: true })
  productId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  policyId: string | null = null;

  @Property({ type: 'string', length: 1, nullable: true })
  priceOrigin: string | null = null;

  @Property({ type: 'string', length: 1, nullable: true })
  limitation: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  limitationValue: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  quantityApproved: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  priceAdjusted: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  priceApproved: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  priceValuated: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  deductibleAmount: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  exceedCeilingAmount: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  exceedCeilingAmountCategory: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  remuneratedAmount: string | null = null;

  @Property({ type: 'text', nullable: true })
  justification: string | null = null;

  /**
   * What adjudication checked and decided on the line, in order (the adjudication module's StoredTrace); null until
   * checked. json, not jsonb: nothing queries inside a trace, and its binary form cost each batch a second parse (ADR 0025).
   */
  @Property({ type: 'json', columnType: 'json', nullable: true })
  trace: unknown = null;
}
