import type { HistoryRecord } from '@imis/persistence';
import type { PremiumView } from './premium.view';

/** A past version of a premium, read back from the history table. */
export interface PremiumVersionView extends PremiumView {
  validTo: string;
  replacedBy: string;
}

const date = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export function premiumVersionView(record: HistoryRecord): PremiumVersionView {
  const data = record.data as Record<string, unknown>;
  return {
    id: record.entityId,
    version: record.version,
    policyId: String(data.policyId),
    productId: String(data.productId),
    payerId: (data.payerId as string | null) ?? null,
    amount: String(data.amount),
    receipt: String(data.receipt),
    payDate: date(data.payDate),
    payType: data.payType as PremiumView['payType'],
    isPhotoFee: Boolean(data.isPhotoFee),
    isOffline: Boolean(data.isOffline),
    source: (data.source as string | null) ?? null,
    changedBy: record.changedBy,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    replacedBy: record.replacedBy,
  };
}
