import { Migration } from '@mikro-orm/migrations';

/** The `history` table of past versions (HistoryRecord), in every service database. */
export class HistoryTableMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "history" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "entity_type" text not null, "entity_id" uuid not null, "version" int not null, "data" jsonb not null, "valid_from" timestamptz not null, "valid_to" timestamptz not null, "changed_by" text not null, "replaced_by" text not null, constraint "history_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index if not exists "history_entity_type_entity_id_version_index" on "history" ("entity_type", "entity_id", "version");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "history" cascade;');
  }
}
