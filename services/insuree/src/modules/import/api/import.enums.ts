import { graphqlEnumOf } from '@imis/graphql';
import {
  IMPORT_DATE_FORMATS,
  IMPORT_ENCODINGS,
  IMPORT_FORMATS,
  IMPORT_MODES,
  type ImportDateFormat,
  type ImportEncoding,
  type ImportFormat,
  type ImportMode,
} from '../domain/import-options';
import { IMPORT_PHASES, IMPORT_STATUSES, type ImportPhase, type ImportStatus } from '../infrastructure/insuree-import.entity';

// Generated from the import's own lists (domain options, the entity's statuses and phases): names are the codes.

export const ImportFormatEnum = graphqlEnumOf('ImportFormat', IMPORT_FORMATS, {
  description: 'CSV (UTF-8 unless `encoding` says otherwise; comma, semicolon or tab) or XLSX (first worksheet)',
});
export type ImportFormatEnum = ImportFormat;

export const ImportEncodingEnum = graphqlEnumOf('ImportEncoding', IMPORT_ENCODINGS, {
  description:
    'The character encoding of a CSV file: UTF_8 (the default; a byte-order mark is allowed), ISO_8859_1 (Latin-1) or WINDOWS_1252. A file that is not valid in the declared encoding is refused (FILE_ENCODING_INVALID)',
});
export type ImportEncodingEnum = ImportEncoding;

export const ImportDateFormatEnum = graphqlEnumOf('ImportDateFormat', IMPORT_DATE_FORMATS, {
  description: 'How the file writes dates: DMY DD/MM/YYYY, MDY MM/DD/YYYY (separators / - . accepted), ISO YYYY-MM-DD. XLSX date cells are read as dates.',
});
export type ImportDateFormatEnum = ImportDateFormat;

export const ImportModeEnum = graphqlEnumOf('ImportMode', IMPORT_MODES, {
  description:
    'ALL_OR_NOTHING: any refused row fails the import and nothing is written; VALID_ROWS_ONLY: refused rows are skipped (a family whose head row is refused is skipped whole)',
});
export type ImportModeEnum = ImportMode;

export const ImportStatusEnum = graphqlEnumOf('ImportStatus', IMPORT_STATUSES);
export type ImportStatusEnum = ImportStatus;

export const ImportPhaseEnum = graphqlEnumOf('ImportPhase', IMPORT_PHASES, {
  description:
    "What a RUNNING import is doing. VALIDATING: checking the rows batch by batch, writing those that pass as it goes (in the import's one transaction, visible only at the end); WRITING: the error report and the commit",
});
export type ImportPhaseEnum = ImportPhase;
