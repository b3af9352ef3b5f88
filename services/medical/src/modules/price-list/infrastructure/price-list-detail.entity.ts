import { Entity, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { PriceList } from './price-list.entity';

/**
 * One detail row of a price list: the item (ITEMS list) or service (SERVICES list) it prices, once per
 * list (the primary key), and the price override; null = the register price. Written and read with
 * set-based SQL (PriceListDetails), never one entity at a time.
 */
@Entity({ tableName: 'price_list_detail' })
export class PriceListDetail {
  [PrimaryKeyProp]?: ['priceList', 'entryId'];

  @ManyToOne(() => PriceList, { primary: true, ref: true, deleteRule: 'cascade' })
  priceList!: Ref<PriceList>;

  /** medical_item.id or medical_service.id, by the list's kind. */
  @PrimaryKey({ type: 'uuid' })
  entryId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  price: string | null = null;
}
