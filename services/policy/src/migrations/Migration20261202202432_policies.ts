import { Migration } from '@mikro-orm/migrations';

export class Migration20261202202432_policies extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "insuree_policy" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "policy_id" uuid not null, "insuree_id" uuid not null, "enrolment_date" date not null, "start_date" date not null, "effective_date" date null, "expiry_date" date not null, constraint "insuree_policy_pkey" primary key ("id"));`);
    this.addSql(`create index "insuree_policy_deleted_at_index" on "insuree_policy" ("deleted_at");`);
    this.addSql(`create index "insuree_policy_policy_id_index" on "insuree_policy" ("policy_id");`);
    this.addSql(`create unique index "insuree_policy_current_unique" on "insuree_policy" ("policy_id", "insuree_id") where "deleted_at" is null;`);
    this.addSql(`create index "insuree_policy_insuree_id_expiry_date_index" on "insuree_policy" ("insuree_id", "expiry_date");`);

    this.addSql(`create table "policy" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "family_id" uuid not null, "product_id" uuid not null, "officer_id" uuid null, "stage" text check ("stage" in ('N', 'R')) not null, "status" text check ("status" in ('IDLE', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'READY')) not null default 'IDLE', "value" numeric(18,2) not null, "enrol_date" date not null, "start_date" date not null, "effective_date" date null, "expiry_date" date not null, "previous_policy_id" uuid null, "paid_total" numeric(18,2) not null, "underpaid" boolean not null default false, constraint "policy_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_deleted_at_index" on "policy" ("deleted_at");`);
    this.addSql(`create index "policy_product_id_index" on "policy" ("product_id");`);
    this.addSql(`create index "policy_expiry_current_index" on "policy" ("expiry_date") where "deleted_at" is null;`);
    this.addSql(`create index "policy_family_id_product_id_index" on "policy" ("family_id", "product_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "insuree_policy" cascade;`);

    this.addSql(`drop table if exists "policy" cascade;`);
  }

}
