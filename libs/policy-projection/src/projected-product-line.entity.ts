import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { ProductLine } from '@imis/contracts';

export type ProductLineKind = 'ITEM' | 'SERVICE';

/**
 * One item or service a projected product covers, with its price origin, limits, waiting periods, limit
 * counts and ceiling exclusions. Replaced as a whole by a newer product state.
 */
@Entity({ tableName: 'projected_product_line' })
@Index({ properties: ['lineId', 'kind'] })
export class ProjectedProductLine {
  @PrimaryKey({ type: 'uuid' })
  productId!: string;

  @PrimaryKey({ type: 'text' })
  kind!: ProductLineKind;

  /** The item's or the service's id, after the kind. */
  @PrimaryKey({ type: 'uuid' })
  lineId!: string;

  /** P price list, O the provider's own price, R relative price. */
  @Property({ type: 'text' })
  priceOrigin!: ProductLine['priceOrigin'];

  /** Limitation type and adult/child values per visit type (normal, emergency, referral). */
  @Property({ type: 'jsonb' })
  limits!: ProductLine['limits'];

  /** Months after the member's effective date. */
  @Property({ type: 'integer' })
  waitingPeriodAdult!: number;

  @Property({ type: 'integer' })
  waitingPeriodChild!: number;

  /** 0 = unlimited. */
  @Property({ type: 'integer' })
  limitCountAdult!: number;

  @Property({ type: 'integer' })
  limitCountChild!: number;

  @Property({ type: 'text', nullable: true })
  ceilingExclusionAdult!: ProductLine['ceilingExclusionAdult'];

  @Property({ type: 'text', nullable: true })
  ceilingExclusionChild!: ProductLine['ceilingExclusionChild'];
}
