import { pgStatement } from './pg-statement';
import { leanRunnerOf } from './sql-runner';

/**
 * Where the read queries run: a MikroORM EntityManager (or its connection), whose `execute` takes `?`
 * placeholders, or another client adapted by `nodePostgresReader`. Pass the command's transaction to read
 * inside it.
 */
export interface ProjectionReader {
  execute(sql: string, params: unknown[]): Promise<unknown>;
}

/** A node-postgres client (`$1` placeholders) as a ProjectionReader. */
export function nodePostgresReader(client: { query(statement: { text: string; values: readonly unknown[] }): Promise<{ rows: unknown[] }> }): ProjectionReader {
  return {
    execute: async (sql, params) => (await client.query(pgStatement(sql, params))).rows,
  };
}

/**
 * The rows of a read, on the lean path (a prepared statement straight on node-postgres: pgStatement): inside a
 * transaction on its connection (sqlRunner), else on a connection of the pool of the EntityManager (or MikroORM
 * connection) given; any other reader through its `execute`.
 */
export async function readRows<R>(db: ProjectionReader, sql: string, params: unknown[]): Promise<R[]> {
  const lean = leanRunnerOf(db);
  return lean ? lean.rows<R>(sql, params) : ((await db.execute(sql, params)) as R[]);
}

/** A PostgreSQL array literal of any texts, for a `?::text[]` parameter (quotes and backslashes escaped). */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/[\\"]/g, (character) => `\\${character}`)}"`).join(',')}}`;
}
