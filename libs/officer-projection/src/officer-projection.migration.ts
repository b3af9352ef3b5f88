import { Migration } from '@mikro-orm/migrations';

/** The `projected_officer` table and its code index (idempotent, like every projection's). */
export class OfficerProjectionMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table if not exists "projected_officer" ("id" uuid not null, "code" text not null, "village_ids" uuid[] not null, "substitution_officer_id" uuid null, "works_to" date null, "deleted" boolean not null default false, "version" int not null, constraint "projected_officer_pkey" primary key ("id"));',
    );
    this.addSql('create index if not exists "projected_officer_code_index" on "projected_officer" ("code");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "projected_officer" cascade;');
  }
}
