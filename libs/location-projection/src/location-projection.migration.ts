import { Migration } from '@mikro-orm/migrations';

/**
 * The `projected_location` table and its indexes. Idempotent: the first services created them in their
 * own initial migration, and list this one too.
 */
export class LocationProjectionMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table if not exists "projected_location" ("id" uuid not null, "code" text not null, "name" text not null, "type" text not null, "parent_id" uuid null, "ancestor_ids" uuid[] not null, "deleted" boolean not null default false, "version" int not null, constraint "projected_location_pkey" primary key ("id"));',
    );
    this.addSql('create index if not exists "projected_location_parent_id_index" on "projected_location" ("parent_id");');
    this.addSql('create index if not exists "projected_location_ancestor_ids_idx" on "projected_location" using gin ("ancestor_ids");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "projected_location" cascade;');
  }
}
