import type { DomainError } from '@imis/kernel';
import { cellDefect, type RowError, type TabularCell } from '@imis/tabular-files';
import type { DiagnosisColumns } from './diagnosis-columns';
import { DIAGNOSIS_CODE_MAX_LENGTH, DIAGNOSIS_NAME_MAX_LENGTH } from './diagnosis-upload-options';
import { diagnosisErrors } from './diagnosis.errors';

/** A row that passed every check: the code and name trimmed. */
export interface DiagnosisRow {
  readonly row: number;
  readonly code: string;
  readonly name: string;
}

export interface CheckedDiagnosisRows {
  readonly valid: DiagnosisRow[];
  readonly errors: RowError[];
  /** Rows with at least one error. */
  readonly refusedRows: number;
  /**
   * Every code the file names, refused rows included (trimmed): INSERT_UPDATE_DELETE deletes only current
   * codes absent from the file, never one whose row was refused.
   */
  readonly codesInFile: ReadonlySet<string>;
}

// C0 controls and DEL, and the C1 controls: nothing a code or a name holds (and what a spreadsheet or a claim form would mangle).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Checks every data row on its own (code and name present, within their lengths, without control
 * characters) and across rows (a code appears once: the later rows are refused, naming the first).
 * Errors come in row order; a row may have several.
 */
export function checkDiagnosisRows(rows: readonly (readonly TabularCell[])[], rowNumbers: readonly number[], columns: DiagnosisColumns): CheckedDiagnosisRows {
  const valid: DiagnosisRow[] = [];
  const errors: RowError[] = [];
  const codesInFile = new Set<string>();
  const firstRowOfCode = new Map<string, number>();
  let refusedRows = 0;
  rows.forEach((cells, position) => {
    const row = rowNumbers[position];
    const code = textOf(cells[columns.code]);
    const name = textOf(cells[columns.name]);
    const rowErrors = [...fieldErrors('code', code, DIAGNOSIS_CODE_MAX_LENGTH), ...fieldErrors('name', name, DIAGNOSIS_NAME_MAX_LENGTH)];
    if (typeof code === 'string' && rowErrors.every((error) => error.field !== 'code' || error.code === 'DIAGNOSIS_CODE_TOO_LONG')) {
      codesInFile.add(code);
      const first = firstRowOfCode.get(code);
      if (first === undefined) firstRowOfCode.set(code, row);
      else rowErrors.push(diagnosisErrors.codeDuplicateInFile(first));
    }
    if (rowErrors.length === 0) {
      valid.push({ row, code: code as string, name: name as string });
      return;
    }
    refusedRows += 1;
    for (const error of rowErrors) errors.push({ row, column: error.field ?? null, code: error.code, message: error.message });
  });
  return { valid, errors, refusedRows, codesInFile };
}

/** The trimmed text of a cell; a date cell (XLSX) as its ISO day; a defect (NUL, too long) as the error itself. */
function textOf(cell: TabularCell): string | DomainError {
  const defect = cellDefect(cell);
  if (defect) return defect;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return (cell ?? '').trim();
}

function fieldErrors(field: 'code' | 'name', value: string | DomainError, maxLength: number): DomainError[] {
  if (typeof value !== 'string') return [{ ...value, field }];
  if (value === '') return [field === 'code' ? diagnosisErrors.codeRequired() : diagnosisErrors.nameRequired()];
  if (CONTROL.test(value)) return [diagnosisErrors.controlCharacters(field)];
  if (value.length > maxLength) return [field === 'code' ? diagnosisErrors.codeTooLong() : diagnosisErrors.nameTooLong()];
  return [];
}
