import type { EntityManager } from '@mikro-orm/postgresql';
import type { ImportRowError } from '../domain/import-row';
import { IMPORT_ERRORS } from './insuree-import-error.entity';
import { type ImportPhase, InsureeImport } from './insuree-import.entity';

/**
 * An import's row as its job moves it along. Given an EntityManager outside the job's transaction, each
 * method is its own short statement, so that a GraphQL poll sees the progress while the job runs; given
 * the job's transaction, it writes in it.
 */
export class ImportRecords {
  constructor(private readonly em: EntityManager) {}

  /** The import with its file. */
  load(id: string): Promise<InsureeImport | null> {
    return this.em.findOne(InsureeImport, { id }, { populate: ['content'] });
  }

  /** Starts (or restarts after a killed worker) from scratch: no errors, no progress. */
  async start(id: string): Promise<void> {
    await IMPORT_ERRORS.clear(this.em, id);
    await this.em.execute(
      `update insuree_import set status = 'RUNNING', phase = 'VALIDATING', started_at = now(), finished_at = null, total_rows = null, rows_done = 0,
         errors_count = 0, families_created = 0, insurees_created = 0, failure_message = null, updated_at = now() where id = ?`,
      [id],
      'run',
    );
  }

  async progress(id: string, progress: { phase: ImportPhase; totalRows: number; rowsDone: number; errorsCount: number }): Promise<void> {
    await this.em.execute(
      'update insuree_import set phase = ?, total_rows = ?, rows_done = ?, errors_count = ?, updated_at = now() where id = ?',
      [progress.phase, progress.totalRows, progress.rowsDone, progress.errorsCount, id],
      'run',
    );
  }

  /** Fails an import that could not run to its end (retries exhausted), unless it has finished meanwhile: whether it did. */
  async failUnfinished(id: string, message: string): Promise<boolean> {
    const result = await this.em.execute<{ affectedRows: number }>(
      `update insuree_import set status = 'FAILED', phase = null, failure_message = ?, content = ''::bytea, finished_at = now(), updated_at = now()
         where id = ? and status in ('QUEUED', 'RUNNING')`,
      [message, id],
      'run',
    );
    return result.affectedRows > 0;
  }

  /** The error report in row order (errors were inserted in that order). */
  errors(importId: string, afterId: string | null, limit: number | null): Promise<(ImportRowError & { id: string })[]> {
    return IMPORT_ERRORS.read(this.em, importId, afterId, limit);
  }

  errorsCount(importId: string): Promise<number> {
    return IMPORT_ERRORS.count(this.em, importId);
  }
}
