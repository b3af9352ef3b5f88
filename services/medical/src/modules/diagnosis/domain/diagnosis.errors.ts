import type { DomainError } from '@imis/kernel';
import { DIAGNOSIS_CODE_MAX_LENGTH, DIAGNOSIS_NAME_MAX_LENGTH } from './diagnosis-upload-options';

/** Refusals of a diagnosis upload: of the file as a whole (row 0 of the report) and of its rows. */
export const diagnosisErrors = {
  fileTooLarge: (maxBytes: number): DomainError => ({ code: 'DIAGNOSIS_FILE_TOO_LARGE', message: `The file is larger than ${maxBytes} bytes`, field: 'file' }),
  fileTooLargeUncompressed: (maxBytes: number): DomainError => ({
    code: 'DIAGNOSIS_FILE_TOO_LARGE_UNCOMPRESSED',
    message: `The workbook is larger than ${maxBytes} bytes once uncompressed`,
    field: 'file',
  }),
  fileEmpty: (): DomainError => ({ code: 'DIAGNOSIS_FILE_EMPTY', message: 'The file is empty or not valid base64', field: 'file' }),
  fileUnreadable: (format: string, reason: string): DomainError => ({ code: 'DIAGNOSIS_FILE_UNREADABLE', message: `The file cannot be read as ${format}: ${reason}` }),
  noRows: (): DomainError => ({ code: 'DIAGNOSIS_FILE_EMPTY', message: 'The file has a header but no data row' }),
  columns: (found: readonly string[]): DomainError => ({
    code: 'DIAGNOSIS_FILE_COLUMNS',
    message: `The header must name the two columns code and name (in any order); it names ${found.length === 0 ? 'none' : found.map((name) => `"${name}"`).join(', ')}`,
  }),
  codeRequired: (): DomainError => ({ code: 'DIAGNOSIS_CODE_REQUIRED', message: 'The code is empty', field: 'code' }),
  codeTooLong: (): DomainError => ({ code: 'DIAGNOSIS_CODE_TOO_LONG', message: `The code is longer than ${DIAGNOSIS_CODE_MAX_LENGTH} characters`, field: 'code' }),
  nameRequired: (): DomainError => ({ code: 'DIAGNOSIS_NAME_REQUIRED', message: 'The name is empty', field: 'name' }),
  nameTooLong: (): DomainError => ({ code: 'DIAGNOSIS_NAME_TOO_LONG', message: `The name is longer than ${DIAGNOSIS_NAME_MAX_LENGTH} characters`, field: 'name' }),
  controlCharacters: (field: string): DomainError => ({
    code: 'INVALID_CHARACTERS',
    message: 'The cell holds a control character (a NUL, a line break, a tab…), which a code or name may not',
    field,
  }),
  codeDuplicateInFile: (firstRow: number): DomainError => ({
    code: 'DIAGNOSIS_CODE_DUPLICATE_IN_FILE',
    message: `The code is already on row ${firstRow} of the file`,
    field: 'code',
  }),
};
