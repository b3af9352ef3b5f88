import type { DomainError } from '@imis/kernel';
import { headerDefects } from '@imis/tabular-files';
import { diagnosisErrors } from './diagnosis.errors';

/** Where the two columns of a diagnosis file are. */
export interface DiagnosisColumns {
  readonly code: number;
  readonly name: number;
}

/**
 * The header must name exactly the columns `code` and `name` (any order, any case, surrounding spaces
 * ignored): anything else refuses the file with one error saying what it names.
 */
export function diagnosisColumnsOf(header: readonly string[]): { columns: DiagnosisColumns | null; errors: DomainError[] } {
  const defects = headerDefects(header);
  if (defects.length > 0) return { columns: null, errors: defects };
  const names = header.map((name) => name.trim().toLowerCase());
  const named = names.filter((name) => name !== '');
  const code = names.indexOf('code');
  const name = names.indexOf('name');
  if (named.length !== 2 || code < 0 || name < 0) return { columns: null, errors: [diagnosisErrors.columns(header.map((cell) => cell.trim()).filter(Boolean))] };
  return { columns: { code, name }, errors: [] };
}
