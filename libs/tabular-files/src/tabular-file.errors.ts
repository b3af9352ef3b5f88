import type { DomainError } from '@imis/kernel';

/** Refusals of a file (or of its cells) before any domain rule reads it; the codes are the bulk imports' own. */
export const tabularFileErrors = {
  fileEncodingInvalid: (encoding: string, line: number): DomainError => ({
    code: 'FILE_ENCODING_INVALID',
    message: `The file is not valid ${encoding} (first on line ${line}): declare its encoding (ISO_8859_1 or WINDOWS_1252) or save it as UTF-8`,
    field: 'encoding',
  }),
  invalidCharacters: (): DomainError => ({
    code: 'INVALID_CHARACTERS',
    message: 'The cell holds a NUL character or half of a surrogate pair, which cannot be stored',
  }),
  headerInvalidCharacters: (column: number): DomainError => ({
    code: 'INVALID_CHARACTERS',
    message: `The header of column ${column} holds a NUL character or half of a surrogate pair`,
  }),
  cellTooLong: (maxLength: number): DomainError => ({ code: 'IMPORT_CELL_TOO_LONG', message: `The cell is longer than ${maxLength} characters` }),
  headerTooLong: (column: number, maxLength: number): DomainError => ({
    code: 'IMPORT_CELL_TOO_LONG',
    message: `The header of column ${column} is longer than ${maxLength} characters`,
  }),
};
