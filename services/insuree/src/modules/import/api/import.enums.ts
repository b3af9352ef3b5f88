import { registerEnumType } from '@nestjs/graphql';

export enum ImportFormatEnum {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

export enum ImportEncodingEnum {
  UTF_8 = 'UTF_8',
  ISO_8859_1 = 'ISO_8859_1',
  WINDOWS_1252 = 'WINDOWS_1252',
}

export enum ImportDateFormatEnum {
  DMY = 'DMY',
  MDY = 'MDY',
  ISO = 'ISO',
}

export enum ImportModeEnum {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  VALID_ROWS_ONLY = 'VALID_ROWS_ONLY',
}

export enum ImportStatusEnum {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

export enum ImportPhaseEnum {
  VALIDATING = 'VALIDATING',
  WRITING = 'WRITING',
}

registerEnumType(ImportFormatEnum, { name: 'ImportFormat', description: 'CSV (UTF-8 unless `encoding` says otherwise; comma, semicolon or tab) or XLSX (first worksheet)' });
registerEnumType(ImportEncodingEnum, {
  name: 'ImportEncoding',
  description: 'The character encoding of a CSV file: UTF_8 (the default; a byte-order mark is allowed), ISO_8859_1 (Latin-1) or WINDOWS_1252. A file that is not valid in the declared encoding is refused (FILE_ENCODING_INVALID)',
});
registerEnumType(ImportDateFormatEnum, {
  name: 'ImportDateFormat',
  description: 'How the file writes dates: DMY DD/MM/YYYY, MDY MM/DD/YYYY (separators / - . accepted), ISO YYYY-MM-DD. XLSX date cells are read as dates.',
});
registerEnumType(ImportModeEnum, {
  name: 'ImportMode',
  description:
    'ALL_OR_NOTHING: any refused row fails the import and nothing is written; VALID_ROWS_ONLY: refused rows are skipped (a family whose head row is refused is skipped whole)',
});
registerEnumType(ImportStatusEnum, { name: 'ImportStatus' });
registerEnumType(ImportPhaseEnum, {
  name: 'ImportPhase',
  description:
    "What a RUNNING import is doing. VALIDATING: checking the rows batch by batch, writing those that pass as it goes (in the import's one transaction, visible only at the end); WRITING: the error report and the commit",
});
