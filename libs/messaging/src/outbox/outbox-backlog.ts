import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutboxBacklog } from '../backlog-metrics';

/**
 * Unsent rows through the partial index on unsent ids; the oldest is the first of that index (ids are UUID
 * v7, in creation order), so its age costs one row however long the backlog.
 */
const BACKLOG_SQL = `select count(*)::int as unsent,
  (select created_at from outbox where sent_at is null order by id limit 1) as oldest
  from outbox where sent_at is null`;

export async function outboxBacklog(em: EntityManager): Promise<OutboxBacklog> {
  const [row] = await em.fork().execute<{ unsent: number; oldest: Date | string | null }[]>(BACKLOG_SQL);
  return { unsent: Number(row?.unsent ?? 0), oldestUnsentAt: row?.oldest ? new Date(row.oldest) : null };
}
