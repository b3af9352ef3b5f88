import type { EntityManager } from '@mikro-orm/postgresql';
import { pgStatement, type PgStatement } from './pg-statement';
import { mikroConnectionOf, pooledRunner } from './pooled-statements';

/** The node-postgres client a knex transaction is pinned to (knex 3: `trx.client.acquireConnection()` resolves it). */
interface PgConnection {
  query(statement: PgStatement): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

interface KnexTransaction {
  isCompleted(): boolean;
  client: { acquireConnection(): Promise<PgConnection> };
}

/** Statements run on the connection of the caller's transaction, with their values as bind parameters. */
export interface SqlRunner {
  /** The rows a statement returns; `?` placeholders. */
  rows<T>(sql: string, values?: readonly unknown[]): Promise<T[]>;
  /** The number of rows a statement changed. */
  run(sql: string, values?: readonly unknown[]): Promise<number>;
}

/**
 * The lean statement path: straight to the node-postgres client of the caller's transaction, with the values as bind
 * parameters of a prepared statement (pgStatement: parsed and planned once per connection). MikroORM's `execute`
 * formats every value into the SQL text (for a batch of claims with their traces that text is megabytes, escaped value
 * by value) and goes through knex's raw builder: about 0.18 ms of CPU per statement
 * against 0.10 here, which is most of a small command's cost (a single claim's adjudication runs ~30 statements).
 * Pass large batches as one JSON parameter (`json_to_recordset(?::json)`: json is read once, jsonb would build its
 * binary form). Errors are MikroORM's (`convertException`: a unique violation is still a
 * UniqueConstraintViolationException).
 */
export function sqlRunner(tx: EntityManager): SqlRunner {
  const trx = tx.getTransactionContext<KnexTransaction>();
  if (!trx) throw new Error('sqlRunner runs in the transaction of the change (em.transactional)');
  const query = async (sql: string, values: readonly unknown[]) => {
    if (trx.isCompleted()) throw new Error('sqlRunner: the transaction has already ended');
    const connection = await trx.client.acquireConnection();
    try {
      return await inTurn(connection, () => connection.query(pgStatement(sql, values)));
    } catch (error) {
      throw tx.getDriver().convertException(error as Error);
    }
  };
  return {
    rows: async <T>(sql: string, values: readonly unknown[] = []) => (await query(sql, values)).rows as T[],
    run: async (sql: string, values: readonly unknown[] = []) => (await query(sql, values)).rowCount ?? 0,
  };
}

const turns = new WeakMap<PgConnection, Promise<unknown>>();

/**
 * One statement at a time on a connection: reads started together (`Promise.all` in a command) wait for each other
 * here rather than in node-postgres's own queue, which is deprecated (removed in pg 9).
 */
function inTurn<T>(connection: PgConnection, statement: () => Promise<T>): Promise<T> {
  const previous = turns.get(connection) ?? Promise.resolve();
  const next = previous.then(statement, statement);
  turns.set(connection, next.catch(() => undefined));
  return next;
}

/**
 * Statements on an EntityManager: in its transaction when it has one (sqlRunner), else each by itself on a pooled
 * connection (pooledRunner), on the same lean path. For code that runs both ways (a job's bookkeeping).
 */
export function statementRunner(em: EntityManager): SqlRunner {
  return leanRunnerOf(em)!;
}

/** The lean path of `db` (statementRunner; a MikroORM connection: its pool), or undefined for any other reader. */
export function leanRunnerOf(db: unknown): SqlRunner | undefined {
  if (inTransaction(db)) return sqlRunner(db);
  const connection = mikroConnectionOf(db);
  return connection ? pooledRunner(connection) : undefined;
}

/** Whether `db` is an EntityManager inside a transaction (where sqlRunner can run its statements). */
export function inTransaction(db: unknown): db is EntityManager {
  return typeof (db as Partial<EntityManager>).getTransactionContext === 'function' && (db as EntityManager).getTransactionContext() !== undefined;
}
