import { IMPORT_FIELDS, resolveColumns } from './import-columns';
import type { ImportCell, RowReadOptions } from './import-row';

// Rows for the unit specs of the import's domain.

export const HEADER = [...IMPORT_FIELDS];

/** A file row with our default columns: the given values, everything else blank. */
export function cellsOf(values: Partial<Record<(typeof IMPORT_FIELDS)[number], ImportCell>>): ImportCell[] {
  return HEADER.map((field) => values[field] ?? '');
}

export const rowOptions = (overrides: Partial<RowReadOptions> = {}): RowReadOptions => ({
  columns: resolveColumns(HEADER, {}).columns,
  dateFormat: 'DMY',
  today: '2026-11-24',
  checkNumber: (number) => (/^\d{9}$/.test(number) ? null : { code: 'INSURANCE_NUMBER_LENGTH', message: 'The insurance number must have 9 digits' }),
  ...overrides,
});

export const HEAD = {
  familyKey: 'F1',
  isHead: 'Y',
  insuranceNumber: '100000001',
  lastName: 'Mwakyusa',
  otherNames: 'Juma',
  gender: 'M',
  birthDate: '17/04/1980',
  villageCode: 'V1',
  poverty: 'no',
  familyType: 'H',
} as const;
