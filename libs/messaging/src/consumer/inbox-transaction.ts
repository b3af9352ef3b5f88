import type { EntityManager } from '@mikro-orm/postgresql';
import { runWithCorrelationId } from '@imis/observability';
import type { Delivery } from './delivery';

const INBOX_SQL = `insert into inbox (consumer, event_id, event_type, processed_at)
  select ?, t.id, t.type, now() from unnest(?::uuid[], ?::text[]) as t(id, type)
  on conflict do nothing returning event_id`;

/**
 * One transaction for a batch of deliveries: records their ids in the inbox and runs the handler of
 * each event seen for the first time, each on an emptied unit of work. Returns how many were duplicates.
 * Any handler error rolls the whole batch back.
 */
export async function handleInTransaction(root: EntityManager, consumer: string, deliveries: Delivery[]): Promise<number> {
  return root.fork().transactional(async (em) => {
    // Event ids and types passed the envelope schema (uuid, imis.* pattern): safe inside array literals.
    const ids = `{${deliveries.map((delivery) => delivery.event.id).join(',')}}`;
    const types = `{${deliveries.map((delivery) => delivery.event.type).join(',')}}`;
    const rows = await em.execute<{ event_id: string }[]>(INBOX_SQL, [consumer, ids, types]);
    const fresh = new Set(rows.map((row) => row.event_id));
    let duplicates = 0;
    for (const { msg, event, handler } of deliveries) {
      if (!fresh.delete(event.id)) {
        duplicates++;
        continue;
      }
      const context = {
        em,
        consumer,
        deliveryCount: msg.info.deliveryCount,
        streamSequence: msg.info.streamSequence,
        publishedAt: new Date(msg.info.timestampNanos / 1e6),
      };
      await runWithCorrelationId(event.correlationid ?? event.id, () => handler(event, context));
      // Each event starts from an empty identity map: a batch of hundreds of events would otherwise make every
      // flush compare every entity loaded so far (MikroORM's change sets), a cost growing with the batch squared.
      await em.flush();
      em.clear();
    }
    return duplicates;
  });
}
