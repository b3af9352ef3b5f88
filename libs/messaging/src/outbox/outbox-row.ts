import type { CloudEvent } from '@imis/contracts';
import { currentCorrelationId } from '@imis/observability';
import { assertEventFits } from './event-size';

/** An event as the `outbox` table holds it. */
export interface OutboxRow {
  readonly id: string;
  /** NATS subject without EVENT_PREFIX, i.e. the event type. */
  readonly subject: string;
  /** The whole CloudEvent as JSON text. */
  readonly payload: string;
}

/**
 * The outbox row of an event: an event without a correlation id gets the one of the current request,
 * message or job; the JSON text is refused (EventTooLarge) when over MAX_EVENT_BYTES, so that the command
 * fails instead of the relay.
 */
export function outboxRowOf(event: CloudEvent<unknown>): OutboxRow {
  const correlationId = currentCorrelationId();
  const payload = JSON.stringify(!event.correlationid && correlationId ? { ...event, correlationid: correlationId } : event);
  assertEventFits(event.type, payload);
  return { id: event.id, subject: event.type, payload };
}

/** A parameterised statement with `?` placeholders (knex raw). */
export interface OutboxStatement {
  readonly sql: string;
  readonly values: unknown[];
}

/**
 * The INSERT of rows into the outbox (`?` placeholders, in order), to run alone or as a data-modifying CTE
 * of a larger statement (`with …, events as (<sql>) …`). One row is inserted from plain parameters, several
 * from one JSON parameter holding every row, each payload's JSON text embedded as it is: no array literal
 * whose every quote of every payload node-postgres would escape, and PostgreSQL parses the whole once.
 */
export function outboxInsert(rows: readonly OutboxRow[]): OutboxStatement {
  if (rows.length === 0) throw new Error('outboxInsert needs at least one row');
  if (rows.length === 1) {
    const [row] = rows;
    return { sql: 'insert into outbox (id, subject, payload) values (?, ?, ?::json)', values: [row.id, row.subject, row.payload] };
  }
  return {
    sql: 'insert into outbox (id, subject, payload) select r.id, r.subject, r.payload from json_to_recordset(?::json) as r(id uuid, subject text, payload json)',
    values: [`[${rows.map((row) => `{"id":${JSON.stringify(row.id)},"subject":${JSON.stringify(row.subject)},"payload":${row.payload}}`).join(',')}]`],
  };
}
