import type { HistoryRecord, VersionedEntity } from '@imis/persistence';

/** What a view of an administered record carries besides its fields (plain JSON: ISO date-times). */
export interface VersionedView {
  id: string;
  version: number;
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

export interface PastVersionView extends VersionedView {
  validTo: string;
  replacedBy: string;
}

export function currentVersion(record: VersionedEntity): VersionedView {
  return {
    id: record.id,
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    changedBy: record.changedBy,
    deleted: record.isDeleted,
  };
}

/** History rows hold the entity's properties as they were; this is their version, apart from the fields. */
export function pastVersion(record: HistoryRecord): PastVersionView {
  return {
    id: record.entityId,
    version: record.version,
    validFrom: record.validFrom.toISOString(),
    validTo: record.validTo.toISOString(),
    changedBy: record.changedBy,
    replacedBy: record.replacedBy,
    deleted: false,
  };
}

/** The named properties of an entity or a history row, null when missing. */
export function pickFields<K extends string>(source: object, fields: readonly K[]): Record<K, unknown> {
  const values = source as Record<string, unknown>;
  return Object.fromEntries(fields.map((field) => [field, values[field] ?? null])) as Record<K, unknown>;
}

/** The fields of every staff member, in the order views list them. */
export const STAFF_MEMBER_FIELDS = ['code', 'lastName', 'otherNames', 'email', 'phone', 'birthDate', 'userId'] as const;
