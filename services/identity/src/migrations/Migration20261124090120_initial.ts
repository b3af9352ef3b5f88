import { Migration } from '@mikro-orm/migrations';

export class Migration20261124090120_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "client_mutation" ("actor" text not null, "client_mutation_id" text not null, "operation" text not null, "result" jsonb not null, "created_at" timestamptz not null, constraint "client_mutation_pkey" primary key ("actor", "client_mutation_id"));`);

    this.addSql(`create table "history" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "entity_type" text not null, "entity_id" uuid not null, "version" int not null, "data" jsonb not null, "valid_from" timestamptz not null, "valid_to" timestamptz not null, "changed_by" text not null, "replaced_by" text not null, constraint "history_pkey" primary key ("id"));`);
    this.addSql(`create index "history_entity_type_entity_id_version_index" on "history" ("entity_type", "entity_id", "version");`);

    this.addSql(`create table "inbox" ("consumer" text not null, "event_id" uuid not null, "event_type" text not null, "processed_at" timestamptz not null default now(), constraint "inbox_pkey" primary key ("consumer", "event_id"));`);

    this.addSql(`create table "outbox" ("id" uuid not null, "subject" text not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "sent_at" timestamptz null, constraint "outbox_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_unsent_idx" on "outbox" ("id") where "sent_at" is null;`);

    this.addSql(`create table "projected_location" ("id" uuid not null, "code" text not null, "name" text not null, "type" text not null, "parent_id" uuid null, "ancestor_ids" uuid[] not null, "deleted" boolean not null default false, "version" int not null, constraint "projected_location_pkey" primary key ("id"));`);
    this.addSql(`create index "projected_location_parent_id_index" on "projected_location" ("parent_id");`);
    this.addSql(`create index "projected_location_ancestor_ids_idx" on "projected_location" using gin ("ancestor_ids");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "client_mutation" cascade;`);

    this.addSql(`drop table if exists "history" cascade;`);

    this.addSql(`drop table if exists "inbox" cascade;`);

    this.addSql(`drop table if exists "outbox" cascade;`);

    this.addSql(`drop table if exists "projected_location" cascade;`);
  }

}
