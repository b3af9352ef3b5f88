import type { EntityManager } from '@mikro-orm/core';
import type { CloudEvent } from '@imis/contracts';
import { currentCorrelationId } from '@imis/observability';
import { assertEventFits } from './event-size';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Queues events for publication in the caller's unit of work: they are written by the same flush, so
 * they commit (or roll back) with the aggregate change. Events without a correlation id get the one of
 * the current request or message. An event too large for NATS is refused here (EventTooLarge), so that
 * the command fails instead of the outbox.
 */
export function recordEvent(em: EntityManager, ...events: CloudEvent<unknown>[]): void {
  const correlationId = currentCorrelationId();
  for (const event of events) {
    const payload = !event.correlationid && correlationId ? { ...event, correlationid: correlationId } : event;
    const message = new OutboxMessage();
    message.id = event.id;
    message.subject = event.type;
    message.payload = JSON.stringify(payload);
    assertEventFits(event.type, message.payload);
    message.sentAt = null;
    em.persist(message);
  }
}
