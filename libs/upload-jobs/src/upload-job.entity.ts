import { Enum, type Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '@imis/persistence';
import { UPLOAD_STATUSES, type UploadStatus } from './upload-statuses';

/**
 * An upload of a CSV or XLSX file run as a job: what every one records. The file is kept in the row until
 * the job finishes (a job restarts from it, any worker can run it), then emptied. Each service subclasses
 * it with `@Entity({ tableName })`, its options (`format` and `mode` hold the codes of the shared lists)
 * and its counts.
 */
export abstract class UploadJob extends BaseEntity {
  @Property({ type: 'text' })
  fileName!: string;

  @Property({ type: 'text' })
  format!: string;

  @Property({ type: 'text' })
  mode!: string;

  @Property({ type: 'blob', lazy: true })
  content!: Buffer;

  @Enum({ items: [...UPLOAD_STATUSES], type: 'string' })
  status: Opt<UploadStatus> = 'QUEUED';

  /** Data rows of the file; null until it has been read. */
  @Property({ type: 'integer', nullable: true })
  totalRows: number | null = null;

  @Property({ type: 'integer' })
  errorsCount: Opt<number> = 0;

  /** Why a FAILED job wrote nothing. */
  @Property({ type: 'text', nullable: true })
  failureMessage: string | null = null;

  @Property({ type: 'text' })
  requestedBy!: string;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;
}

/** What the API shows of every upload job, as its GraphQL model names it (requestedAt: when it was queued). */
export interface UploadJobFields {
  id: string;
  fileName: string;
  status: UploadStatus;
  totalRows: number | null;
  errorsCount: number;
  failureMessage: string | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

export function uploadJobFields(job: UploadJob): UploadJobFields {
  return {
    id: job.id,
    fileName: job.fileName,
    status: job.status,
    totalRows: job.totalRows,
    errorsCount: job.errorsCount,
    failureMessage: job.failureMessage,
    requestedAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
  };
}

/** The job if `user` asked for it or is an administrator: anyone else learns nothing, not even that it exists. */
export function requestedUpload<T extends UploadJob>(job: T | null, user: { readonly id: string; readonly isAdministrator: boolean }): T | null {
  return job && (user.isAdministrator || job.requestedBy === user.id) ? job : null;
}
