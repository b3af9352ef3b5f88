import { type DomainError, unstorableText } from '@imis/kernel';
import { tabularFileErrors } from './tabular-file.errors';
import type { TabularCell } from './tabular-formats';

/** Longest cell read (any field's own rule is tighter; this bounds what a row check, a query or a message sees). */
export const TABULAR_CELL_MAX_LENGTH = 1_000;

/**
 * Why no check may see this cell (text PostgreSQL cannot store, or longer than any field), or null. The
 * error never quotes the cell: it goes into a stored report.
 */
export function cellDefect(cell: TabularCell): DomainError | null {
  if (typeof cell !== 'string') return null;
  if (cell.length > TABULAR_CELL_MAX_LENGTH) return tabularFileErrors.cellTooLong(TABULAR_CELL_MAX_LENGTH);
  return unstorableText(cell) ? tabularFileErrors.invalidCharacters() : null;
}

/** The header cells that refuse the whole file (their names would appear in the report), naming columns by position. */
export function headerDefects(header: readonly string[]): DomainError[] {
  const errors: DomainError[] = [];
  header.forEach((name, index) => {
    if (name.length > TABULAR_CELL_MAX_LENGTH) errors.push(tabularFileErrors.headerTooLong(index + 1, TABULAR_CELL_MAX_LENGTH));
    else if (unstorableText(name)) errors.push(tabularFileErrors.headerInvalidCharacters(index + 1));
  });
  return errors;
}
