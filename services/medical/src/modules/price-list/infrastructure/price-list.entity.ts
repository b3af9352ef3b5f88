import { Entity, EntityRepositoryType, Enum, Index, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { PRICE_LIST_KINDS, type PriceListKind } from '../domain/price-list-kind';
import { PriceListRepository } from './price-list.repository';

/**
 * An items or services price list. Its detail rows live in `price_list_detail` (one indexed row per
 * entry, so the effective-price lookup is a primary-key probe, not a jsonb scan); every past version in
 * `history` carries the rows it had under `details`, written by the use case in the same transaction.
 */
@Entity({ tableName: 'price_list', repository: () => PriceListRepository })
@Index({ properties: ['kind', 'deletedAt'] })
export class PriceList extends VersionedEntity {
  [EntityRepositoryType]?: PriceListRepository;

  @Enum({ items: [...PRICE_LIST_KINDS], type: 'string' })
  kind!: PriceListKind;

  @Property({ type: 'string', length: 100 })
  name!: string;

  /** A region or a district of the location projection; null = national. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  locationId: string | null = null;

  /** The first day the list applies ("YYYY-MM-DD"). */
  @Property({ type: 'date' })
  date!: string;
}
