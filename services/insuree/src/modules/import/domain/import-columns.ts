import type { DomainError } from '@imis/kernel';
import { headerDefects } from '@imis/tabular-files';
import { importErrors } from './import.errors';

/** The fields of an import row (one row = one insuree; family fields are read from the head's row), in file order. */
export const IMPORT_FIELDS = [
  'familyKey',
  'isHead',
  'insuranceNumber',
  'lastName',
  'otherNames',
  'gender',
  'birthDate',
  'maritalStatus',
  'relationship',
  'profession',
  'education',
  'identificationType',
  'identificationNumber',
  'phone',
  'email',
  'currentAddress',
  'healthFacilityCode',
  'villageCode',
  'poverty',
  'familyType',
  'address',
  'confirmationNumber',
  'confirmationType',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = [
  'familyKey',
  'isHead',
  'insuranceNumber',
  'lastName',
  'otherNames',
  'gender',
  'birthDate',
  'villageCode',
];

export function isImportField(value: string): value is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(value);
}

/** Our field → the file's column header; a field not mapped is read from the column named like it. */
export type ColumnMapping = Partial<Record<ImportField, string>>;

/** Checks a caller's mapping (before anything is stored) and turns it into a ColumnMapping. */
export function columnMappingOf(entries: readonly { field: string; column: string }[]): { mapping: ColumnMapping; errors: DomainError[] } {
  const mapping: ColumnMapping = {};
  const errors: DomainError[] = [];
  for (const { field, column } of entries) {
    if (!isImportField(field)) errors.push(importErrors.mappingUnknownField(field));
    else if (mapping[field] !== undefined) errors.push(importErrors.mappingDuplicate(field));
    else mapping[field] = column.trim();
  }
  return { mapping, errors };
}

/** Where each field is in the file: its cell index (absent when the optional column is missing) and header. */
export interface ImportColumns {
  readonly index: Partial<Record<ImportField, number>>;
  readonly header: Record<ImportField, string>;
}

/** Finds every field's column in the header row; missing required columns, repeated headers and headers that cannot be stored are refused. */
export function resolveColumns(headerRow: readonly string[], mapping: ColumnMapping): { columns: ImportColumns; errors: DomainError[] } {
  const unreadable = headerDefects(headerRow);
  if (unreadable.length > 0) return { columns: { index: {}, header: {} as Record<ImportField, string> }, errors: unreadable };
  const errors: DomainError[] = [];
  const positions = new Map<string, number>();
  const repeated = new Set<string>();
  headerRow.forEach((cell, position) => {
    const name = cell.trim();
    if (name === '') return;
    if (!positions.has(name)) positions.set(name, position);
    else if (!repeated.has(name)) {
      repeated.add(name);
      errors.push(importErrors.columnDuplicate(name));
    }
  });
  const index: Partial<Record<ImportField, number>> = {};
  const header = {} as Record<ImportField, string>;
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field] ?? field;
    header[field] = column;
    const position = positions.get(column);
    if (position !== undefined) index[field] = position;
    else if (REQUIRED_IMPORT_FIELDS.includes(field)) errors.push(importErrors.columnMissing(column, field));
  }
  return { columns: { index, header }, errors };
}
