import type { DomainError } from '@imis/kernel';
import { cellDefect } from '@imis/tabular-files';
import { type ImportColumns, type ImportField, IMPORT_FIELDS } from './import-columns';
import type { ImportCell } from './import-row';

/** A cell of a read column that no check may see: text PostgreSQL cannot store, or longer than any field. */
export interface ImportCellDefect {
  readonly field: ImportField;
  readonly error: DomainError;
}

/** The cells of one row, in the columns the import reads, that refuse the row before any other check. */
export function importCellDefects(cells: readonly ImportCell[], columns: ImportColumns): ImportCellDefect[] {
  let defects: ImportCellDefect[] | null = null;
  for (const field of IMPORT_FIELDS) {
    const position = columns.index[field];
    const error = position === undefined ? null : cellDefect(cells[position]);
    if (error) (defects ??= []).push({ field, error });
  }
  return defects ?? NONE;
}

const NONE: ImportCellDefect[] = [];
