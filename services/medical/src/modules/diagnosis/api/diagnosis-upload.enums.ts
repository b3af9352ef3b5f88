import { graphqlEnumOf } from '@imis/graphql';
import { TABULAR_FORMATS, type TabularFormat, TEXT_ENCODINGS, type TextEncoding } from '@imis/tabular-files';
import { UPLOAD_MODES, UPLOAD_STRATEGIES, type UploadMode, type UploadStrategy } from '../domain/diagnosis-upload-options';
import { UPLOAD_STATUSES, type UploadStatus } from '../infrastructure/diagnosis-upload.entity';

// Own names (not the insuree import's ImportFormat…): each subgraph owns its enums, so neither constrains the other.
export const DiagnosisFileFormatEnum = graphqlEnumOf('DiagnosisFileFormat', TABULAR_FORMATS, {
  description: 'CSV (UTF-8 unless `encoding` says otherwise; comma, semicolon or tab) or XLSX (first worksheet)',
});
export type DiagnosisFileFormatEnum = TabularFormat;

export const DiagnosisFileEncodingEnum = graphqlEnumOf('DiagnosisFileEncoding', TEXT_ENCODINGS, {
  description: 'How a CSV file encodes its text: UTF_8 (the default), ISO_8859_1 or WINDOWS_1252; a file not valid in it is refused (FILE_ENCODING_INVALID)',
});
export type DiagnosisFileEncodingEnum = TextEncoding;

export const DiagnosisUploadModeEnum = graphqlEnumOf('DiagnosisUploadMode', UPLOAD_MODES, {
  description: 'ALL_OR_NOTHING: any refused row fails the upload and nothing is written; VALID_ROWS_ONLY: refused rows are skipped',
});
export type DiagnosisUploadModeEnum = UploadMode;

export const DiagnosisUploadStrategyEnum = graphqlEnumOf('DiagnosisUploadStrategy', UPLOAD_STRATEGIES, {
  description:
    'INSERT_ONLY: new codes are created, current ones left alone; INSERT_UPDATE: and current codes take the name in the file; INSERT_UPDATE_DELETE: and current codes the file does not name are deleted',
});
export type DiagnosisUploadStrategyEnum = UploadStrategy;

export const DiagnosisUploadStatusEnum = graphqlEnumOf('DiagnosisUploadStatus', UPLOAD_STATUSES);
export type DiagnosisUploadStatusEnum = UploadStatus;
