import { graphqlEnumOf } from '@imis/graphql';
import type { TabularFormat, TextEncoding, UploadMode } from '@imis/tabular-files';
import { uploadEnums, type UploadStatus } from '@imis/upload-jobs';
import { UPLOAD_STRATEGIES, type UploadStrategy } from '../domain/diagnosis-upload-options';

// Own names (not the insuree import's ImportFormat…): each subgraph owns its enums, so neither constrains the other.
export const {
  format: DiagnosisFileFormatEnum,
  encoding: DiagnosisFileEncodingEnum,
  mode: DiagnosisUploadModeEnum,
  status: DiagnosisUploadStatusEnum,
} = uploadEnums({ format: 'DiagnosisFileFormat', encoding: 'DiagnosisFileEncoding', mode: 'DiagnosisUploadMode', status: 'DiagnosisUploadStatus' }, { job: 'upload' });
export type DiagnosisFileFormatEnum = TabularFormat;
export type DiagnosisFileEncodingEnum = TextEncoding;
export type DiagnosisUploadModeEnum = UploadMode;
export type DiagnosisUploadStatusEnum = UploadStatus;

export const DiagnosisUploadStrategyEnum = graphqlEnumOf('DiagnosisUploadStrategy', UPLOAD_STRATEGIES, {
  description:
    'INSERT_ONLY: new codes are created, current ones left alone; INSERT_UPDATE: and current codes take the name in the file; INSERT_UPDATE_DELETE: and current codes the file does not name are deleted',
});
export type DiagnosisUploadStrategyEnum = UploadStrategy;
