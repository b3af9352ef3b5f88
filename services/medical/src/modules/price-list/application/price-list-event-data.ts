import type { PriceListDeletedData, PriceListDetail, PriceListState } from '@imis/contracts';
import type { PriceListDetailRow } from '../domain/price-list-details';
import type { PriceListKind } from '../domain/price-list-kind';
import type { PriceList } from '../infrastructure/price-list.entity';

export function detailOf(kind: PriceListKind, row: PriceListDetailRow): PriceListDetail {
  return kind === 'ITEMS' ? { itemId: row.entryId, serviceId: null, price: row.price } : { itemId: null, serviceId: row.entryId, price: row.price };
}

/** The state carried by `created`/`updated` events: the list with every detail row. */
export function priceListState(list: PriceList, rows: readonly PriceListDetailRow[]): PriceListState {
  return {
    id: list.id,
    kind: list.kind,
    name: list.name,
    locationId: list.locationId,
    date: list.date,
    details: rows.map((row) => detailOf(list.kind, row)),
    version: list.version,
  };
}

export function priceListDeletedData(list: PriceList): PriceListDeletedData {
  return { id: list.id, kind: list.kind, version: list.version };
}
