import { Migration } from '@mikro-orm/migrations';

export class Migration20261202221848_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "note" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "text" varchar(200) not null, "written_by" text not null, constraint "note_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "note" cascade;`);
  }
}
