import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { PriceListState } from '@imis/contracts';

/** An items or services price list, fed by price-list events; its rows are in `projected_price_list_detail`. */
@Entity({ tableName: 'projected_price_list' })
export class ProjectedPriceList {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** ITEMS or SERVICES. */
  @Property({ type: 'text' })
  kind!: PriceListState['kind'];

  @Property({ type: 'text' })
  name!: string;

  /** A region or a district; null = national. */
  @Property({ type: 'uuid', nullable: true })
  locationId!: string | null;

  /** The day from which the list applies. */
  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'boolean' })
  deleted = false;

  /** Version of the list in the medical service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
