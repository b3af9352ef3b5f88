import type { EntityManager } from '@mikro-orm/postgresql';

interface KnexTransaction {
  raw(sql: string, values: readonly unknown[]): PromiseLike<{ rows: unknown[]; rowCount: number | null }>;
}

/** Statements run on the connection of the caller's transaction, with their values as bind parameters. */
export interface SqlRunner {
  /** The rows a statement returns; `?` placeholders. */
  rows<T>(sql: string, values?: readonly unknown[]): Promise<T[]>;
  /** The number of rows a statement changed. */
  run(sql: string, values?: readonly unknown[]): Promise<number>;
}

/**
 * The set-based write path of large batches. MikroORM's `execute` formats every value into the SQL text; for a
 * batch of claims with their traces that text is megabytes, escaped and encoded value by value (and garbage
 * collected after). Bind parameters travel as they are: pass each batch as one JSON parameter
 * (`jsonb_to_recordset(?::jsonb)`) and let PostgreSQL unpack it.
 */
export function sqlRunner(tx: EntityManager): SqlRunner {
  const trx = tx.getTransactionContext<KnexTransaction>();
  if (!trx) throw new Error('sqlRunner runs in the transaction of the change (em.transactional)');
  return {
    rows: async <T>(sql: string, values: readonly unknown[] = []) => (await trx.raw(sql, values)).rows as T[],
    run: async (sql: string, values: readonly unknown[] = []) => (await trx.raw(sql, values)).rowCount ?? 0,
  };
}
