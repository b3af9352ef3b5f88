import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientConfig } from 'pg';
import type { ImportRowError } from '../domain/import-row';
import { type ImportPhase, InsureeImport } from './insuree-import.entity';

/**
 * An import's row as the job moves it along. Each method is its own short statement on the pool, outside
 * the write transaction, so that a GraphQL poll sees the progress while the job runs.
 */
export class ImportRecords {
  constructor(private readonly em: EntityManager) {}

  /** The import with its file. */
  load(id: string): Promise<InsureeImport | null> {
    return this.em.findOne(InsureeImport, { id }, { populate: ['content'] });
  }

  /** Starts (or restarts after a killed worker) from scratch: no errors, no progress. */
  async start(id: string): Promise<void> {
    await this.em.getConnection().execute('delete from insuree_import_error where import_id = ?', [id], 'run');
    await this.em
      .getConnection()
      .execute(
        `update insuree_import set status = 'RUNNING', phase = 'VALIDATING', started_at = now(), finished_at = null, total_rows = null, rows_done = 0,
           errors_count = 0, families_created = 0, insurees_created = 0, failure_message = null, updated_at = now() where id = ?`,
        [id],
        'run',
      );
  }

  async progress(id: string, progress: { phase: ImportPhase; totalRows: number; rowsDone: number; errorsCount: number }): Promise<void> {
    await this.em
      .getConnection()
      .execute('update insuree_import set phase = ?, total_rows = ?, rows_done = ?, errors_count = ?, updated_at = now() where id = ?', [
        progress.phase,
        progress.totalRows,
        progress.rowsDone,
        progress.errorsCount,
        id,
      ], 'run');
  }

  /** Imports still QUEUED or RUNNING whose row has not changed for `seconds` (oldest first, at most `limit`). */
  async unfinishedIdleFor(seconds: number, limit: number): Promise<string[]> {
    const rows = await this.em
      .getConnection()
      .execute<{ id: string }[]>(
        `select id from insuree_import where status in ('QUEUED', 'RUNNING') and updated_at < now() - make_interval(secs => ?) order by updated_at limit ?`,
        [seconds, limit],
      );
    return rows.map((row) => row.id);
  }

  /** Fails an import that could not run to its end (retries exhausted), unless it has finished meanwhile: whether it did. */
  async failUnfinished(id: string, message: string): Promise<boolean> {
    const result = await this.em
      .getConnection()
      .execute<{ affectedRows: number }>(
        `update insuree_import set status = 'FAILED', phase = null, failure_message = ?, content = ''::bytea, finished_at = now(), updated_at = now()
           where id = ? and status in ('QUEUED', 'RUNNING')`,
        [message, id],
        'run',
      );
    return result.affectedRows > 0;
  }

  /** The error report in row order (errors were inserted in that order). */
  async errors(importId: string, afterId: string | null, limit: number | null): Promise<(ImportRowError & { id: string })[]> {
    const rows = await this.em
      .getConnection()
      .execute<{ id: string; row: number; column: string | null; code: string; message: string }[]>(
        `select id, "row", "column", code, message from insuree_import_error where import_id = ? and id > ? order by id${limit === null ? '' : ` limit ${limit}`}`,
        [importId, afterId ?? '0'],
      );
    return rows.map((row) => ({ ...row, id: String(row.id) }));
  }

  /** Where the write transaction connects: the pool's own settings. */
  connectionConfig(): ClientConfig {
    return this.em.getConnection().getConnectionOptions() as ClientConfig;
  }
}
