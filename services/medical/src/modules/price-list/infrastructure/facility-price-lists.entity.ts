import { Entity, ManyToOne, type Opt, type Ref } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { PriceList } from './price-list.entity';

/**
 * The price lists a health facility (of the location service; its id is this row's id) charges by: at
 * most one of each kind. Versioned: each assignment is a new version, the previous ones in `history`.
 */
@Entity({ tableName: 'facility_price_lists' })
export class FacilityPriceLists extends VersionedEntity {
  @ManyToOne(() => PriceList, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  itemsPriceList: Ref<PriceList> | null = null;

  @ManyToOne(() => PriceList, { ref: true, nullable: true, index: true, deleteRule: 'restrict' })
  servicesPriceList: Ref<PriceList> | null = null;

  get healthFacilityId(): Opt<string> {
    return this.id;
  }

  get itemsPriceListId(): Opt<string> | null {
    return this.itemsPriceList?.id ?? null;
  }

  get servicesPriceListId(): Opt<string> | null {
    return this.servicesPriceList?.id ?? null;
  }

}
