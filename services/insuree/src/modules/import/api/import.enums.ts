import { graphqlEnumOf } from '@imis/graphql';
import { uploadEnums, type UploadStatus } from '@imis/upload-jobs';
import { IMPORT_DATE_FORMATS, type ImportDateFormat, type ImportEncoding, type ImportFormat, type ImportMode } from '../domain/import-options';
import { IMPORT_PHASES, type ImportPhase } from '../infrastructure/insuree-import.entity';

// Generated from the import's own lists (the shared upload options, domain options, the entity's phases): names are the codes.

export const {
  format: ImportFormatEnum,
  encoding: ImportEncodingEnum,
  mode: ImportModeEnum,
  status: ImportStatusEnum,
} = uploadEnums(
  { format: 'ImportFormat', encoding: 'ImportEncoding', mode: 'ImportMode', status: 'ImportStatus' },
  { job: 'import', modeNote: '(a family whose head row is refused is skipped whole)' },
);
export type ImportFormatEnum = ImportFormat;
export type ImportEncodingEnum = ImportEncoding;
export type ImportModeEnum = ImportMode;
export type ImportStatusEnum = UploadStatus;

export const ImportDateFormatEnum = graphqlEnumOf('ImportDateFormat', IMPORT_DATE_FORMATS, {
  description: 'How the file writes dates: DMY DD/MM/YYYY, MDY MM/DD/YYYY (separators / - . accepted), ISO YYYY-MM-DD. XLSX date cells are read as dates.',
});
export type ImportDateFormatEnum = ImportDateFormat;

export const ImportPhaseEnum = graphqlEnumOf('ImportPhase', IMPORT_PHASES, {
  description:
    "What a RUNNING import is doing. VALIDATING: checking the rows batch by batch, writing those that pass as it goes (in the import's one transaction, visible only at the end); WRITING: the error report and the commit",
});
export type ImportPhaseEnum = ImportPhase;
