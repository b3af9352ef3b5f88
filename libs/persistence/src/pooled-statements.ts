import type { EntityManager } from '@mikro-orm/postgresql';
import { pgStatement, type PgStatement } from './pg-statement';
import type { SqlRunner } from './sql-runner';

interface PooledConnection {
  query(statement: PgStatement): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

interface KnexClient {
  acquireConnection(): Promise<PooledConnection>;
  releaseConnection(connection: PooledConnection): Promise<void>;
}

interface MikroConnection {
  getKnex(): { client: KnexClient };
  getPlatform(): { getExceptionConverter(): { convertException(error: Error): Error } };
}

/** The MikroORM connection of an EntityManager, or the connection itself; undefined for any other reader. */
export function mikroConnectionOf(db: unknown): MikroConnection | undefined {
  if (typeof (db as Partial<EntityManager>).getConnection === 'function') return (db as EntityManager).getConnection() as unknown as MikroConnection;
  if (typeof (db as Partial<MikroConnection>).getKnex === 'function') return db as MikroConnection;
  return undefined;
}

/**
 * Statements each on a connection of the pool by itself (autocommit), straight on node-postgres as prepared
 * statements (pgStatement); errors are MikroORM's exceptions, as from `em.execute`.
 */
export function pooledRunner(connection: MikroConnection): SqlRunner {
  const client = connection.getKnex().client;
  const converter = connection.getPlatform().getExceptionConverter();
  const query = async (sql: string, values: readonly unknown[]) => {
    const pooled = await client.acquireConnection();
    try {
      return await pooled.query(pgStatement(sql, values));
    } catch (error) {
      throw converter.convertException(error as Error);
    } finally {
      await client.releaseConnection(pooled);
    }
  };
  return {
    rows: async <T>(sql: string, values: readonly unknown[] = []) => (await query(sql, values)).rows as T[],
    run: async (sql: string, values: readonly unknown[] = []) => (await query(sql, values)).rowCount ?? 0,
  };
}
