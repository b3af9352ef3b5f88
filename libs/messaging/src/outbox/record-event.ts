import type { EntityManager } from '@mikro-orm/core';
import type { CloudEvent } from '@imis/contracts';
import { OutboxMessage } from './outbox-message.entity';
import { outboxRowOf } from './outbox-row';

/**
 * Queues events for publication in the caller's unit of work: they are written by the same flush, so
 * they commit (or roll back) with the aggregate change. Events without a correlation id get the one of
 * the current request or message. An event too large for NATS is refused here (EventTooLarge), so that
 * the command fails instead of the outbox. Many events at once: BulkOutboxWriter.
 */
export function recordEvent(em: EntityManager, ...events: CloudEvent<unknown>[]): void {
  for (const event of events) {
    const row = outboxRowOf(event);
    const message = new OutboxMessage();
    message.id = row.id;
    message.subject = row.subject;
    message.payload = row.payload;
    message.sentAt = null;
    em.persist(message);
  }
}
