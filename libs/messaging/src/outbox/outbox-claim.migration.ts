import { Migration } from '@mikro-orm/migrations';

/**
 * Claims the next unsent outbox rows for the relay, marked sent, in id (creation) order. Its one statement runs with
 * bitmap scans off: PostgreSQL would otherwise pick a bitmap scan of the partial index of unsent rows and then sort,
 * and a bitmap scan rechecks in the heap every index entry of a row sent since the last vacuum (1.5 ms a relay cycle
 * with 800 of them, seconds on a busy outbox between autovacuums). A plain index scan in id order marks those entries
 * dead the first time it meets them and stops at the batch size: microseconds. Can run again.
 */
export const OUTBOX_CLAIM_UP_SQL = `create or replace function imis_outbox_claim(batch integer) returns table (id uuid, subject text, payload text)
  language sql set enable_bitmapscan = off as $$
  update outbox set sent_at = now()
   where outbox.id in (select unsent.id from outbox unsent where unsent.sent_at is null order by unsent.id limit batch for update skip locked)
  returning outbox.id, outbox.subject, outbox.payload::text
$$;`;

export class OutboxClaimMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(OUTBOX_CLAIM_UP_SQL);
  }

  override async down(): Promise<void> {
    this.addSql('drop function if exists imis_outbox_claim(integer);');
  }
}
