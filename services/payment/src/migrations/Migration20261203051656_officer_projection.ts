import { Migration } from '@mikro-orm/migrations';

/**
 * The officers move from this service's own `payment_officer` to `@imis/officer-projection`'s
 * `projected_officer` (created by the library's migration, which runs first). The rows are copied so that
 * matching knows every officer at once; they are copied one version back because `payment_officer` lacks the
 * substitution officer: the new consumer (`payment-officer-projection`, from the stream's start) then applies
 * each officer's latest event again, with its full state, while older events stay ignored.
 */
export class Migration20261203051656_officer_projection extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "projected_officer" ("id", "code", "village_ids", "substitution_officer_id", "works_to", "deleted", "version")
      select "id", "code", "village_ids", null, "works_to", "deleted", "version" - 1 from "payment_officer"
      on conflict ("id") do nothing;`);
    this.addSql(`drop table if exists "payment_officer" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "payment_officer" ("id" uuid not null, "code" text not null, "village_ids" uuid[] not null, "works_to" date null, "deleted" bool not null default false, "version" int4 not null, constraint "payment_officer_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_officer_code_index" on "payment_officer" ("code");`);
    this.addSql(`insert into "payment_officer" ("id", "code", "village_ids", "works_to", "deleted", "version")
      select "id", "code", "village_ids", "works_to", "deleted", "version" from "projected_officer";`);
  }
}
