import { Entity, Enum, type Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '@imis/persistence';
import { UPLOAD_STATUSES, type UploadStatus } from '@imis/upload-jobs';

export const IMPORT_PHASES = ['VALIDATING', 'WRITING'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/**
 * A bulk import of families and insurees from a CSV or XLSX file. The file is kept in the row so that any
 * worker process can run the job; progress and outcome are written back as the job runs.
 */
@Entity({ tableName: 'insuree_import' })
export class InsureeImport extends BaseEntity {
  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  format!: string;

  @Property({ type: 'text' })
  dateFormat!: string;

  @Property({ type: 'text' })
  mode!: string;

  /** Our field name → the file's column header. */
  @Property({ type: 'jsonb' })
  columnMapping!: Record<string, string>;

  /** The uploaded file, kept until the import finishes (a job restarts from it), then emptied: nothing reads it after. */
  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Enum({ items: [...UPLOAD_STATUSES], type: 'string' })
  status: Opt<UploadStatus> = 'QUEUED';

  /** While RUNNING: VALIDATING (checking rows, writing those that pass as it goes; `rowsDone` = rows checked), then WRITING (report, commit). */
  @Property({ type: 'text', nullable: true })
  phase: ImportPhase | null = null;

  @Property({ type: 'integer', nullable: true })
  totalRows: number | null = null;

  @Property({ type: 'integer' })
  rowsDone: Opt<number> = 0;

  @Property({ type: 'integer' })
  errorsCount: Opt<number> = 0;

  @Property({ type: 'integer' })
  familiesCreated: Opt<number> = 0;

  @Property({ type: 'integer' })
  insureesCreated: Opt<number> = 0;

  @Property({ type: 'text', nullable: true })
  failureMessage: string | null = null;

  @Property({ type: 'text' })
  requestedBy!: string;

  /** The requester's data scope when it asked (the job runs without a request): null means everywhere. */
  @Property({ type: 'jsonb', nullable: true })
  scopeLocationIds: string[] | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}
