import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One detail row of a projected price list: the item (ITEMS list) or service (SERVICES list) it prices and
 * its override. The primary key (list, line) is the index of the effective-price lookup.
 */
@Entity({ tableName: 'projected_price_list_detail' })
export class ProjectedPriceListDetail {
  @PrimaryKey({ type: 'uuid' })
  priceListId!: string;

  /** The item's or the service's id, after the list's kind. */
  @PrimaryKey({ type: 'uuid' })
  lineId!: string;

  /** The override (money string); null = the register price. */
  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  price!: string | null;
}
