import type { HistoryRecord } from '@imis/persistence';
import type { PriceListDetailRow } from '../domain/price-list-details';
import type { PriceListKind } from '../domain/price-list-kind';

/** A past version of a price list with the rows it had, read back from the history table. */
export interface PriceListVersionView {
  kind: PriceListKind;
  name: string;
  locationId: string | null;
  date: string;
  details: PriceListDetailRow[];
  version: number;
  validFrom: string;
  validTo: string;
  changedBy: string;
  replacedBy: string;
}

export function priceListVersionView(record: HistoryRecord): PriceListVersionView {
  const data = record.data as Record<string, unknown>;
  return {
    kind: data.kind as PriceListKind,
    name: String(data.name),
    locationId: typeof data.locationId === 'string' ? data.locationId : null,
    date: String(data.date),
    details: Array.isArray(data.details) ? (data.details as PriceListDetailRow[]) : [],
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
  };
}
