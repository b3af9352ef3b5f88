import { Migration } from '@mikro-orm/migrations';

/** NOTIFY channel the relay LISTENs on; one notification per inserting statement, not per row. */
export const OUTBOX_CHANNEL = 'imis_outbox';

export const OUTBOX_NOTIFY_UP_SQL = [
  `create or replace function imis_outbox_notify() returns trigger language plpgsql as $$ begin perform pg_notify('${OUTBOX_CHANNEL}', ''); return null; end $$;`,
  'drop trigger if exists "outbox_notify" on "outbox";',
  'create trigger "outbox_notify" after insert on "outbox" for each statement execute function imis_outbox_notify();',
];

export const OUTBOX_NOTIFY_DOWN_SQL = ['drop trigger if exists "outbox_notify" on "outbox";', 'drop function if exists imis_outbox_notify();'];

/**
 * Wakes the outbox relay as soon as events commit (it also polls). Part of `messagingPersistence`, after
 * the migration that creates the `outbox` table; it can run again (replaces the function and the trigger).
 */
export class OutboxNotifyMigration extends Migration {
  override async up(): Promise<void> {
    for (const sql of OUTBOX_NOTIFY_UP_SQL) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of OUTBOX_NOTIFY_DOWN_SQL) this.addSql(sql);
  }
}
