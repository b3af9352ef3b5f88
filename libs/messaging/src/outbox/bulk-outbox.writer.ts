import type { EntityManager } from '@mikro-orm/postgresql';
import type { CloudEvent } from '@imis/contracts';
import { outboxInsert, type OutboxRow, outboxRowOf } from './outbox-row';

/** Rows per statement: bounds the arrays of one statement (events are at most MAX_EVENT_BYTES each). */
const ROWS_PER_STATEMENT = 500;

interface RawRunner {
  raw(sql: string, values: unknown[]): PromiseLike<unknown>;
}

/**
 * Writes many events to the outbox at once, in the transaction of `tx` (with the change they describe),
 * with set-based statements on its connection instead of one entity per event: correlation ids added and
 * sizes checked as recordEvent does (EventTooLarge refuses the whole write). Returns the rows written.
 */
export class BulkOutboxWriter {
  static async write(tx: EntityManager, events: readonly CloudEvent<unknown>[]): Promise<OutboxRow[]> {
    const runner = tx.getTransactionContext<RawRunner>();
    if (!runner) throw new Error('BulkOutboxWriter writes in the transaction of the change its events describe (em.transactional)');
    const rows = events.map(outboxRowOf);
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const statement = outboxInsert(rows.slice(start, start + ROWS_PER_STATEMENT));
      await runner.raw(statement.sql, statement.values);
    }
    return rows;
  }
}
