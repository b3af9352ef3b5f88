import type { PriceListKind } from '../domain/price-list-kind';
import type { PriceList } from '../infrastructure/price-list.entity';

/** A price list as use cases and queries return it: plain JSON (an idempotent mutation stores and replays it). */
export interface PriceListView {
  id: string;
  kind: PriceListKind;
  name: string;
  locationId: string | null;
  date: string;
  version: number;
  /** ISO date-time. */
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

export function priceListView(list: PriceList): PriceListView {
  return {
    id: list.id,
    kind: list.kind,
    name: list.name,
    locationId: list.locationId,
    date: list.date,
    version: list.version,
    validFrom: list.validFrom.toISOString(),
    changedBy: list.changedBy,
    deleted: list.isDeleted,
  };
}
