import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ProductState } from '@imis/contracts';

/**
 * A product as the claim, contribution and payment services read it (its lines are in
 * `projected_product_line`), fed by product events. A deleted product stays: existing policies keep it.
 */
@Entity({ tableName: 'projected_product' })
export class ProjectedProduct {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Not unique here: a deleted product's code may be reused, and events may arrive out of order. */
  @Index()
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  /** A region or a district where it is sold; null = national. */
  @Property({ type: 'uuid', nullable: true })
  locationId!: string | null;

  /** The sale window, first and last day. */
  @Property({ type: 'date' })
  dateFrom!: string;

  @Property({ type: 'date' })
  dateTo!: string;

  @Property({ type: 'uuid', nullable: true })
  conversionProductId!: string | null;

  /** Months. */
  @Property({ type: 'integer' })
  insurancePeriod!: number;

  /** Months after the start during which contributions may still be paid. */
  @Property({ type: 'integer' })
  gracePeriodPayment!: number;

  /** 0 = unlimited. */
  @Property({ type: 'integer' })
  maxInstallments!: number;

  @Property({ type: 'integer' })
  memberCount!: number;

  @Property({ type: 'integer' })
  threshold!: number;

  /** I per insuree, T per treatment, P per policy. */
  @Property({ type: 'text' })
  ceilingType!: ProductState['ceilingType'];

  @Property({ type: 'text' })
  ceilingInterpretation!: ProductState['ceilingInterpretation'];

  /** The split amounts and limits below are kept as the event carries them (money strings). */
  @Property({ type: 'jsonb' })
  deductible!: ProductState['deductible'];

  @Property({ type: 'jsonb' })
  ceiling!: ProductState['ceiling'];

  @Property({ type: 'jsonb' })
  extraMemberCeiling!: ProductState['extraMemberCeiling'];

  @Property({ type: 'jsonb' })
  maxPolicyCeiling!: ProductState['maxPolicyCeiling'];

  @Property({ type: 'jsonb' })
  categoryLimits!: ProductState['categoryLimits'];

  @Property({ type: 'jsonb' })
  relativePrices!: ProductState['relativePrices'];

  @Property({ type: 'jsonb', nullable: true })
  capitation!: ProductState['capitation'];

  @Property({ type: 'jsonb' })
  accountCodes!: ProductState['accountCodes'];

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the product in the policy service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
