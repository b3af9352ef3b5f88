import type { EntityManager } from '@mikro-orm/postgresql';
import type { ProjectionReader } from './projection-reader';

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * A reader for one hot query run outside any transaction (an enquiry answered many times a second): a
 * named prepared statement on each pooled connection, so PostgreSQL plans it once per connection instead of
 * once per call (planning a large statement costs more than running it on indexes). `name` must be unique
 * per SQL text; `?` placeholders as everywhere.
 */
export function preparedReader(em: EntityManager, name: string): ProjectionReader {
  return {
    execute: async (sql, params) => {
      const client = em.getConnection().getKnex().client as { acquireConnection(): Promise<PgClient>; releaseConnection(connection: PgClient): Promise<void> };
      const connection = await client.acquireConnection();
      try {
        let position = 0;
        return (await connection.query({ name, text: sql.replace(/\?/g, () => `$${++position}`), values: params })).rows;
      } finally {
        await client.releaseConnection(connection);
      }
    },
  };
}
