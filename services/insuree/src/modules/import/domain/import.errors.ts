import type { DomainError } from '@imis/kernel';

/** Refusals of the bulk import itself (row checks also use the registry's and insurance numbers' codes, and @imis/tabular-files' for the file's encoding and cells). */
export const importErrors = {
  fileTooLarge: (maxBytes: number): DomainError => ({
    code: 'IMPORT_FILE_TOO_LARGE',
    message: `The file is larger than ${maxBytes} bytes`,
    field: 'contentBase64',
  }),
  fileTooLargeUncompressed: (maxBytes: number): DomainError => ({
    code: 'IMPORT_FILE_TOO_LARGE_UNCOMPRESSED',
    message: `The workbook is larger than ${maxBytes} bytes once uncompressed`,
    field: 'contentBase64',
  }),
  fileEmpty: (): DomainError => ({
    code: 'IMPORT_FILE_EMPTY',
    message: 'The file is empty or not valid base64',
    field: 'contentBase64',
  }),
  fileUnreadable: (format: string, reason: string): DomainError => ({
    code: 'IMPORT_FILE_UNREADABLE',
    message: `The file cannot be read as ${format}: ${reason}`,
  }),
  noRows: (): DomainError => ({ code: 'IMPORT_FILE_EMPTY', message: 'The file has a header but no data row' }),
  mappingUnknownField: (field: string): DomainError => ({
    code: 'IMPORT_MAPPING_UNKNOWN_FIELD',
    message: `"${field}" is not a field of the import`,
    field: 'columnMapping',
  }),
  mappingDuplicate: (field: string): DomainError => ({
    code: 'IMPORT_MAPPING_DUPLICATE',
    message: `The field "${field}" is mapped more than once`,
    field: 'columnMapping',
  }),
  columnMissing: (column: string, field: string): DomainError => ({
    code: 'IMPORT_COLUMN_MISSING',
    message: `The required column "${column}" (field ${field}) is missing`,
    field: column,
  }),
  columnDuplicate: (column: string): DomainError => ({
    code: 'IMPORT_COLUMN_DUPLICATE',
    message: `The column "${column}" appears more than once in the header`,
    field: column,
  }),
  dateFormat: (value: string, format: string): DomainError => ({
    code: 'IMPORT_DATE_FORMAT',
    message: `"${value}" is not a date written ${format}`,
  }),
  dateInvalid: (value: string): DomainError => ({ code: 'IMPORT_DATE_INVALID', message: `"${value}" is not a real calendar date` }),
  yesNoInvalid: (value: string): DomainError => ({
    code: 'IMPORT_VALUE_NOT_YES_NO',
    message: `"${value}" is not a yes/no value (Y/N, yes/no, true/false, 1/0)`,
  }),
  familyKeyRequired: (): DomainError => ({ code: 'IMPORT_FAMILY_KEY_REQUIRED', message: 'The family key is required: it groups rows into families' }),
  numberDuplicateInFile: (firstRow: number): DomainError => ({
    code: 'IMPORT_INSURANCE_NUMBER_DUPLICATE_IN_FILE',
    message: `The insurance number is already used on row ${firstRow} of the file`,
  }),
  familyHeadMissing: (familyKey: string): DomainError => ({
    code: 'FAMILY_HEAD_REQUIRED',
    message: `The family "${familyKey}" has no head row (isHead = Y)`,
  }),
  familyHeadExtra: (familyKey: string, headRow: number): DomainError => ({
    code: 'FAMILY_HEAD_AMBIGUOUS',
    message: `The family "${familyKey}" already has its head on row ${headRow}`,
  }),
  villageUnknown: (code: string): DomainError => ({
    code: 'FAMILY_VILLAGE_NOT_VILLAGE',
    message: `"${code}" is not the code of a current village`,
  }),
  healthFacilityUnknown: (code: string): DomainError => ({
    code: 'HEALTH_FACILITY_UNKNOWN',
    message: `"${code}" is not the code of a current health facility`,
  }),
  familySkipped: (headRow: number): DomainError => ({
    code: 'IMPORT_FAMILY_SKIPPED',
    message: `Not imported: the head row of this family (row ${headRow}) was refused`,
  }),
};
