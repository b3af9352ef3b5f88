import type { HistoryRecord } from '@imis/persistence';
import type { PayerView } from './payer.view';

/** A past version of a payer, read back from the history table. */
export interface PayerVersionView extends PayerView {
  validTo: string;
  replacedBy: string;
}

const textOrNull = (value: unknown): string | null => (value == null ? null : String(value));

export function payerVersionView(record: HistoryRecord): PayerVersionView {
  const data = record.data as Record<string, unknown>;
  return {
    id: record.entityId,
    version: record.version,
    type: data.type as PayerView['type'],
    name: String(data.name),
    address: textOrNull(data.address),
    locationId: textOrNull(data.locationId),
    phone: textOrNull(data.phone),
    fax: textOrNull(data.fax),
    email: textOrNull(data.email),
    changedBy: record.changedBy,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    replacedBy: record.replacedBy,
  };
}
