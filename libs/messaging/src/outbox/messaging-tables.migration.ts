import { Migration } from '@mikro-orm/migrations';

/**
 * The `outbox` and `inbox` tables (OutboxMessage, InboxMessage). Idempotent: the services' first
 * migrations created them before messaging owned them.
 */
export class MessagingTablesMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "outbox" ("id" uuid not null, "subject" text not null, "payload" json not null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, constraint "outbox_pkey" primary key ("id"));`,
    );
    this.addSql(`create index if not exists "outbox_unsent_idx" on "outbox" ("id") where "sent_at" is null;`);
    this.addSql(
      `create table if not exists "inbox" ("consumer" text not null, "event_id" uuid not null, "event_type" text not null, "processed_at" timestamptz not null default now(), constraint "inbox_pkey" primary key ("consumer", "event_id"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "inbox" cascade;');
    this.addSql('drop table if exists "outbox" cascade;');
  }
}
