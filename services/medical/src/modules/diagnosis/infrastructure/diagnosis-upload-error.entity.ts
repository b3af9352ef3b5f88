import { Entity, Index, Property } from '@mikro-orm/core';
import { RowErrorTable, UploadRowError } from '@imis/upload-jobs';

/** One refusal of an upload (row 1 = the first data row, 0 = the file): its report is read and written through UPLOAD_ERRORS. */
@Entity({ tableName: 'diagnosis_upload_error' })
@Index({ properties: ['uploadId', 'row'] })
export class DiagnosisUploadError extends UploadRowError {
  @Property({ type: 'uuid' })
  uploadId!: string;
}

export const UPLOAD_ERRORS = new RowErrorTable('diagnosis_upload_error', 'upload_id');
