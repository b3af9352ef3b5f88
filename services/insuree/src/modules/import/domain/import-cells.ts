import { type DomainError, unstorableText } from '@imis/kernel';
import { type ImportColumns, type ImportField, IMPORT_FIELDS } from './import-columns';
import { importErrors } from './import.errors';
import type { ImportCell } from './import-row';

/** Longest cell read (any field's own rule is tighter; this bounds what a row check, a query or a message sees). */
export const IMPORT_CELL_MAX_LENGTH = 1_000;

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
    const error = position === undefined ? null : cellError(cells[position]);
    if (error) (defects ??= []).push({ field, error });
  }
  return defects ?? NONE;
}

const NONE: ImportCellDefect[] = [];

/** The header cells that refuse the whole file (their names would appear in the report). */
export function headerDefects(header: readonly string[]): DomainError[] {
  const errors: DomainError[] = [];
  header.forEach((name, index) => {
    if (name.length > IMPORT_CELL_MAX_LENGTH) errors.push(importErrors.headerTooLong(index + 1, IMPORT_CELL_MAX_LENGTH));
    else if (unstorableText(name)) errors.push(importErrors.headerInvalidCharacters(index + 1));
  });
  return errors;
}

function cellError(cell: ImportCell): DomainError | null {
  if (typeof cell !== 'string') return null;
  if (cell.length > IMPORT_CELL_MAX_LENGTH) return importErrors.cellTooLong(IMPORT_CELL_MAX_LENGTH);
  return unstorableText(cell) ? importErrors.invalidCharacters() : null;
}
