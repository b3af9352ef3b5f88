import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner } from '@imis/persistence';
import { outboxPublished, outboxPublishFailures } from '../metrics';
import type { JetStreamBatchPublisher } from './jetstream-batch-publisher';

export interface RelayCycle {
  claimed: number;
  sent: number;
  error?: unknown;
}

export interface OutboxBatchSettings {
  prefix: string;
  batchSize: number;
  maxInFlight: number;
  publishTimeoutMs: number;
  stats: { published: number; failed: number };
}

interface OutboxRow {
  id: string;
  subject: string;
  payload: string;
}

// Claims and marks in one statement (one tuple write per row; the subquery sorts ids only) by a plain index scan
// (OutboxClaimMigration). The mark is visible to nobody until commit, and reverted for rows JetStream did not acknowledge.
const CLAIM_SQL = 'select id, subject, payload from imis_outbox_claim(?)';
const UNMARK_SQL = 'update outbox set sent_at = null where id = any(?::uuid[])';

/** One transaction: claim and mark a batch, publish it, unmark what JetStream did not acknowledge. */
export async function relayOutboxBatch(em: EntityManager, publisher: JetStreamBatchPublisher, settings: OutboxBatchSettings): Promise<RelayCycle> {
  return em.fork().transactional(async (tx): Promise<RelayCycle> => {
    const rows = await sqlRunner(tx).rows<OutboxRow>(CLAIM_SQL, [settings.batchSize]);
    if (rows.length === 0) return { claimed: 0, sent: 0 };
    rows.sort((a, b) => (a.id < b.id ? -1 : 1)); // UUID v7: creation order
    const messages = rows.map((row) => ({ subject: settings.prefix + row.subject, payload: row.payload, msgID: row.id }));
    const { acked, error } = await publisher.publishAll(messages, settings.maxInFlight, settings.publishTimeoutMs);
    record(settings.stats, acked.length, rows.length - acked.length);
    if (acked.length < rows.length) {
      const ackedIds = new Set(acked);
      const unacked = rows.filter((row) => !ackedIds.has(row.id)).map((row) => row.id);
      await sqlRunner(tx).run(UNMARK_SQL, [`{${unacked.join(',')}}`]);
    }
    return { claimed: rows.length, sent: acked.length, error };
  });
}

function record(stats: OutboxBatchSettings['stats'], acked: number, failed: number): void {
  stats.published += acked;
  outboxPublished.inc(acked);
  if (failed > 0) {
    stats.failed += failed;
    outboxPublishFailures.inc(failed);
  }
}
