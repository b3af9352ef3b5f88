import type { ClaimLineState } from '@imis/contracts';
import type { HistoryRecord } from '@imis/persistence';
import type { ClaimLine } from '../infrastructure/claim-line.entity';
import { itemLineState, serviceLineState, type ClaimLines } from './claim.view';

/** A past version of a claim, read back from the history table, with the lines it had. */
export interface ClaimVersionView {
  id: string;
  version: number;
  code: string;
  insureeId: string;
  status: string;
  queued: boolean;
  dateFrom: string;
  dateTo: string | null;
  dateClaimed: string;
  visitType: string;
  explanation: string | null;
  claimed: string;
  items: ClaimLineState[];
  services: ClaimLineState[];
  validFrom: string;
  validTo: string;
  changedBy: string;
  replacedBy: string;
}

const day = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
const ofVersion = (version: number) => (line: ClaimLine) => line.enteredInVersion <= version && (line.replacedInVersion === null || line.replacedInVersion > version);

export function claimVersionViews(records: readonly HistoryRecord[], lines: ClaimLines): ClaimVersionView[] {
  return records.map((record) => {
    const data = record.data as Record<string, unknown>;
    return {
      id: record.entityId,
      version: record.version,
      code: String(data.code),
      insureeId: String(data.insureeId),
      status: String(data.status),
      queued: Boolean(data.queued),
      dateFrom: day(data.dateFrom),
      dateTo: data.dateTo == null ? null : day(data.dateTo),
      dateClaimed: day(data.dateClaimed),
      visitType: String(data.visitType),
      explanation: (data.explanation as string | null) ?? null,
      claimed: String(data.claimed),
      items: lines.items.filter(ofVersion(record.version)).map(itemLineState),
      services: lines.services.filter(ofVersion(record.version)).map(serviceLineState),
      validFrom: record.validFrom.toISOString(),
      validTo: record.validTo.toISOString(),
      changedBy: record.changedBy,
      replacedBy: record.replacedBy,
    };
  });
}
