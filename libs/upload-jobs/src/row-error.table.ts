import type { EntityManager } from '@mikro-orm/postgresql';
import type { RowError } from '@imis/tabular-files';

const INSERT_CHUNK = 20_000;

/** Runs one statement with positional parameters (an EntityManager's, or a job transaction's connection). */
export type RunStatement = (sql: string, values: readonly unknown[]) => Promise<unknown>;

/**
 * The SQL of a service's row-error table (an UploadRowError subclass): the report read in row order (rows
 * are inserted in that order, so the bigserial id is the keyset), its count, and the set-based insert.
 */
export class RowErrorTable {
  constructor(
    private readonly table: string,
    private readonly jobColumn: string,
  ) {}

  /** The job's errors after `afterId`, in row order; `limit` null: all of them. */
  async read(em: EntityManager, jobId: string, afterId: string | null, limit: number | null): Promise<(RowError & { id: string })[]> {
    const rows = await em.execute<{ id: string; row: number; column: string | null; code: string; message: string }[]>(
      `select id, "row", "column", code, message from ${this.table} where ${this.jobColumn} = ? and id > ? order by id${limit === null ? '' : ` limit ${Number(limit)}`}`,
      [jobId, afterId ?? '0'],
    );
    return rows.map((row) => ({ ...row, id: String(row.id) }));
  }

  async count(em: EntityManager, jobId: string): Promise<number> {
    const [{ count }] = await em.execute<{ count: string }[]>(`select count(*) as count from ${this.table} where ${this.jobColumn} = ?`, [jobId]);
    return Number(count);
  }

  /** Deletes the job's errors (a job restarting from scratch). */
  async clear(em: EntityManager, jobId: string): Promise<void> {
    await em.execute(`delete from ${this.table} where ${this.jobColumn} = ?`, [jobId], 'run');
  }

  /** Inserts the report in its order, INSERT … SELECT FROM unnest, INSERT_CHUNK errors a statement. */
  async insert(run: RunStatement, jobId: string, errors: readonly RowError[]): Promise<void> {
    const sql = `insert into ${this.table} (${this.jobColumn}, "row", "column", code, message)
      select ?::uuid, u.* from unnest(?::int[], ?::text[], ?::text[], ?::text[]) as u`;
    for (let start = 0; start < errors.length; start += INSERT_CHUNK) {
      const chunk = errors.slice(start, start + INSERT_CHUNK);
      await run(sql, [
        jobId,
        chunk.map((error) => error.row),
        chunk.map((error) => error.column),
        chunk.map((error) => error.code),
        chunk.map((error) => error.message),
      ]);
    }
  }
}
