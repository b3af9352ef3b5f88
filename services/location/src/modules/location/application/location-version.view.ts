import type { HistoryRecord } from '@imis/persistence';
import type { LocationFields } from '../domain/location-fields';
import type { LocationTypeCode } from '../domain/location-type';

/** A past version of a location, read back from the history table. */
export interface LocationVersionView extends LocationFields {
  type: LocationTypeCode;
  parentId: string | null;
  version: number;
  validFrom: string;
  validTo: string;
  changedBy: string;
  replacedBy: string;
}

/** History rows hold the entity's properties as they were (a relation as its id). */
export function locationVersionView(record: HistoryRecord): LocationVersionView {
  const data = record.data as Partial<Record<string, unknown>>;
  const numberOrNull = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    code: String(data.code),
    name: String(data.name),
    type: data.type as LocationTypeCode,
    parentId: typeof data.parent === 'string' ? data.parent : null,
    malePopulation: numberOrNull(data.malePopulation),
    femalePopulation: numberOrNull(data.femalePopulation),
    otherPopulation: numberOrNull(data.otherPopulation),
    families: numberOrNull(data.families),
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
  };
}
