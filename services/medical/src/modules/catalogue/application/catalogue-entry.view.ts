import type { CatalogueEntryDeletedData } from '@imis/contracts';
import type { HistoryRecord } from '@imis/persistence';
import type { CatalogueEntryFields } from '../domain/catalogue-entry-fields';
import type { CatalogueEntry } from '../infrastructure/catalogue-entry.entity';

/** What the views of items and services add to their fields (plain JSON, so a clientMutationId replay returns it as sent). */
export interface CurrentVersion {
  id: string;
  version: number;
  /** ISO date-time. */
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

export interface PastVersion {
  version: number;
  validFrom: string;
  validTo: string;
  changedBy: string;
  replacedBy: string;
}

export function entryFields(entry: CatalogueEntry): CatalogueEntryFields {
  const { code, name, price, careType, frequency, patientCategory, maximumQuantity, effectiveFrom, effectiveTo } = entry;
  return { code, name, price, careType, frequency, patientCategory, maximumQuantity, effectiveFrom, effectiveTo };
}

export function currentVersion(entry: CatalogueEntry): CurrentVersion {
  return { id: entry.id, version: entry.version, validFrom: entry.validFrom.toISOString(), changedBy: entry.changedBy, deleted: entry.isDeleted };
}

export function pastVersion(record: HistoryRecord): PastVersion {
  return {
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
  };
}

/** A history row holds the entity's properties as they were. */
export function entryFieldsOf(data: Record<string, unknown>): CatalogueEntryFields {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    code: String(data.code),
    name: String(data.name),
    price: String(data.price),
    careType: data.careType as CatalogueEntryFields['careType'],
    frequency: Number(data.frequency),
    patientCategory: Number(data.patientCategory),
    maximumQuantity: text(data.maximumQuantity),
    effectiveFrom: text(data.effectiveFrom),
    effectiveTo: text(data.effectiveTo),
  };
}

/** numeric(18,2) quantities as events carry them (numbers). */
export function quantityNumber(value: string | null): number | null {
  return value === null ? null : Number(value);
}

/** What `deleted` events carry. */
export function catalogueEntryDeletedData(entry: CatalogueEntry): CatalogueEntryDeletedData {
  return { id: entry.id, code: entry.code, version: entry.version };
}
