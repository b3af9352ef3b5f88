import { Entity, type Opt, Property } from '@mikro-orm/core';
import { UploadJob } from '@imis/upload-jobs';

/**
 * An upload of diagnoses from a CSV or XLSX file, run as a job (the file kept as UTF-8 for a CSV); its
 * strategy and, once finished, what it did to the diagnoses.
 */
@Entity({ tableName: 'diagnosis_upload' })
export class DiagnosisUpload extends UploadJob {
  @Property({ type: 'text' })
  strategy!: string;

  @Property({ type: 'integer' })
  refusedRows: Opt<number> = 0;

  @Property({ type: 'integer' })
  created: Opt<number> = 0;

  @Property({ type: 'integer' })
  updated: Opt<number> = 0;

  @Property({ type: 'integer' })
  deleted: Opt<number> = 0;

  @Property({ type: 'integer' })
  unchanged: Opt<number> = 0;
}
