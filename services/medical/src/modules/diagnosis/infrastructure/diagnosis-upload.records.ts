import type { EntityManager } from '@mikro-orm/postgresql';
import type { RowError } from '@imis/tabular-files';
import { UPLOAD_ERRORS } from './diagnosis-upload-error.entity';
import { DiagnosisUpload } from './diagnosis-upload.entity';

/**
 * An upload's row as its job moves it along. Given an EntityManager outside the job's transaction, each
 * method is its own short statement, so that a poll sees it RUNNING while the job runs.
 */
export class DiagnosisUploadRecords {
  constructor(private readonly em: EntityManager) {}

  load(id: string): Promise<DiagnosisUpload | null> {
    return this.em.findOne(DiagnosisUpload, { id }, { populate: ['content'] });
  }

  /** Starts (or restarts after a killed worker) from scratch. */
  async start(id: string): Promise<void> {
    await UPLOAD_ERRORS.clear(this.em, id);
    await this.em.execute(
      `update diagnosis_upload set status = 'RUNNING', started_at = now(), finished_at = null, total_rows = null, errors_count = 0, refused_rows = 0,
         created = 0, updated = 0, deleted = 0, unchanged = 0, failure_message = null, updated_at = now() where id = ?`,
      [id],
      'run',
    );
  }

  /** Fails an upload that could not run to its end (retries exhausted), unless it has finished meanwhile: whether it did. */
  async failUnfinished(id: string, message: string): Promise<boolean> {
    const result = await this.em.execute<{ affectedRows: number }>(
      `update diagnosis_upload set status = 'FAILED', failure_message = ?, content = ''::bytea, finished_at = now(), updated_at = now()
         where id = ? and status in ('QUEUED', 'RUNNING')`,
      [message, id],
      'run',
    );
    return result.affectedRows > 0;
  }

  /** The error report in row order (errors are inserted in that order); `limit` null: all of them. */
  errors(uploadId: string, afterId: string | null, limit: number | null): Promise<(RowError & { id: string })[]> {
    return UPLOAD_ERRORS.read(this.em, uploadId, afterId, limit);
  }

  errorsCount(uploadId: string): Promise<number> {
    return UPLOAD_ERRORS.count(this.em, uploadId);
  }
}
