import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The items and services price lists a health facility charges by, fed by assignment events. */
@Entity({ tableName: 'projected_facility_price_lists' })
export class ProjectedFacilityPriceLists {
  @PrimaryKey({ type: 'uuid' })
  healthFacilityId!: string;

  @Property({ type: 'uuid', nullable: true })
  itemsPriceListId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  servicesPriceListId!: string | null;

  /** Version of this facility's assignment in the medical service; older events are ignored. */
  @Property({ type: 'integer' })
  version!: number;
}
