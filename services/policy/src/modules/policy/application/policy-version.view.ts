import type { HistoryRecord } from '@imis/persistence';

/** A past version of a policy, read back from the history table. */
export interface PolicyVersionView {
  id: string;
  version: number;
  status: string;
  stage: string;
  value: string;
  enrolDate: string;
  startDate: string;
  effectiveDate: string | null;
  expiryDate: string;
  officerId: string | null;
  validFrom: string;
  validTo: string;
  changedBy: string;
  replacedBy: string;
}

const text = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

export function policyVersionView(record: HistoryRecord): PolicyVersionView {
  const data = record.data as Record<string, unknown>;
  return {
    id: record.entityId,
    version: record.version,
    status: String(data.status),
    stage: String(data.stage),
    value: String(data.value),
    enrolDate: text(data.enrolDate),
    startDate: text(data.startDate),
    effectiveDate: data.effectiveDate == null ? null : text(data.effectiveDate),
    expiryDate: text(data.expiryDate),
    officerId: (data.officerId as string | null) ?? null,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
  };
}
