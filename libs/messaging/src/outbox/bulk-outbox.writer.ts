import type { EntityManager } from '@mikro-orm/postgresql';
import type { CloudEvent } from '@imis/contracts';
import { inTransaction, sqlRunner } from '@imis/persistence';
import { outboxInsert, type OutboxRow, outboxRowOf } from './outbox-row';

/** Rows per statement (three bind parameters each), and the JSON text of their payloads (UTF-16 units): bound one statement. */
const ROWS_PER_STATEMENT = 500;
const PAYLOAD_UNITS_PER_STATEMENT = 8 * 1024 * 1024;

/**
 * Writes many events to the outbox at once, in the transaction of `tx` (with the change they describe),
 * with set-based statements on its connection instead of one entity per event: correlation ids added and
 * sizes checked as recordEvent does (EventTooLarge refuses the whole write). Returns the rows written.
 */
export class BulkOutboxWriter {
  static async write(tx: EntityManager, events: readonly CloudEvent<unknown>[]): Promise<OutboxRow[]> {
    if (!inTransaction(tx)) throw new Error('BulkOutboxWriter writes in the transaction of the change its events describe (em.transactional)');
    const rows = events.map(outboxRowOf);
    const sql = sqlRunner(tx);
    for (const chunk of chunks(rows)) {
      const statement = outboxInsert(chunk);
      await sql.run(statement.sql, statement.values);
    }
    return rows;
  }
}

function* chunks(rows: readonly OutboxRow[]): Generator<OutboxRow[]> {
  let chunk: OutboxRow[] = [];
  let units = 0;
  for (const row of rows) {
    if (chunk.length > 0 && (chunk.length === ROWS_PER_STATEMENT || units + row.payload.length > PAYLOAD_UNITS_PER_STATEMENT)) {
      yield chunk;
      chunk = [];
      units = 0;
    }
    chunk.push(row);
    units += row.payload.length;
  }
  if (chunk.length > 0) yield chunk;
}
