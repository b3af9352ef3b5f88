import { Entity, type Opt, Property } from '@mikro-orm/core';
import { UploadJob } from '@imis/upload-jobs';

export const IMPORT_PHASES = ['VALIDATING', 'WRITING'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

/**
 * A bulk import of families and insurees from a CSV or XLSX file, run as a job: its date format, column
 * mapping and requester's scope, and its progress, written back as the job runs.
 */
@Entity({ tableName: 'insuree_import' })
export class InsureeImport extends UploadJob {
  @Property({ type: 'text' })
  dateFormat!: string;

  /** Our field name → the file's column header. */
  @Property({ type: 'jsonb' })
  columnMapping!: Record<string, string>;

  /** While RUNNING: VALIDATING (checking rows, writing those that pass as it goes; `rowsDone` = rows checked), then WRITING (report, commit). */
  @Property({ type: 'text', nullable: true })
  phase: ImportPhase | null = null;

  @Property({ type: 'integer' })
  rowsDone: Opt<number> = 0;

  @Property({ type: 'integer' })
  familiesCreated: Opt<number> = 0;

  @Property({ type: 'integer' })
  insureesCreated: Opt<number> = 0;

  /** The requester's data scope when it asked (the job runs without a request): null means everywhere. */
  @Property({ type: 'jsonb', nullable: true })
  scopeLocationIds: string[] | null = null;
}
