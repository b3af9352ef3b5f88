import { Entity, Enum, type Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '@imis/persistence';
import { UPLOAD_STATUSES, type UploadStatus } from '@imis/upload-jobs';

/**
 * An upload of diagnoses from a CSV or XLSX file, run as a job. The file (as UTF-8 for a CSV) is kept in
 * the row until the job finishes, so that any worker can run it; counts and outcome are written back.
 */
@Entity({ tableName: 'diagnosis_upload' })
export class DiagnosisUpload extends BaseEntity {
  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  format!: string;

  @Property({ type: 'text' })
  mode!: string;

  @Property({ type: 'text' })
  strategy!: string;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Enum({ items: [...UPLOAD_STATUSES], type: 'string' })
  status: Opt<UploadStatus> = 'QUEUED';

  @Property({ type: 'integer', nullable: true })
  totalRows: number | null = null;

  @Property({ type: 'integer' })
  errorsCount: Opt<number> = 0;

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

  @Property({ type: 'text', nullable: true })
  failureMessage: string | null = null;

  @Property({ type: 'text' })
  requestedBy!: string;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
