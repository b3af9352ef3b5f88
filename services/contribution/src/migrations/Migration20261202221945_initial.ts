import { Migration } from '@mikro-orm/migrations';

export class Migration20261202221945_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "funding" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "payer_id" uuid not null, "product_id" uuid not null, "location_id" uuid null, "policy_id" uuid not null, "premium_id" uuid not null, "amount" numeric(18,2) not null, "receipt" varchar(50) not null, "pay_date" date not null, constraint "funding_pkey" primary key ("id"));`);
    this.addSql(`create index "funding_deleted_at_index" on "funding" ("deleted_at");`);
    this.addSql(`create index "funding_payer_id_index" on "funding" ("payer_id");`);
    this.addSql(`create index "funding_product_id_index" on "funding" ("product_id");`);

    this.addSql(`create table "payer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "type" text check ("type" in ('C', 'D', 'G', 'L', 'O', 'P')) not null, "name" varchar(100) not null, "address" varchar(100) null, "location_id" uuid null, "phone" varchar(50) null, "fax" varchar(50) null, "email" varchar(100) null, constraint "payer_pkey" primary key ("id"));`);
    this.addSql(`create index "payer_deleted_at_index" on "payer" ("deleted_at");`);
    this.addSql(`create index "payer_location_id_index" on "payer" ("location_id");`);

    this.addSql(`create table "policy_contributions" ("policy_id" uuid not null, "paid_total" numeric(18,2) not null, "last_pay_date" date null, "revision" int not null, constraint "policy_contributions_pkey" primary key ("policy_id"));`);

    this.addSql(`create table "premium" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "policy_id" uuid not null, "product_id" uuid not null, "payer_id" uuid null, "amount" numeric(18,2) not null, "receipt" varchar(50) not null, "pay_date" date not null, "pay_type" text check ("pay_type" in ('C', 'B', 'M', 'F')) not null, "is_photo_fee" boolean not null, "is_offline" boolean not null, "source" varchar(50) null, constraint "premium_pkey" primary key ("id"));`);
    this.addSql(`create index "premium_deleted_at_index" on "premium" ("deleted_at");`);
    this.addSql(`create index "premium_policy_id_index" on "premium" ("policy_id");`);
    this.addSql(`create index "premium_payer_id_index" on "premium" ("payer_id");`);
    this.addSql(`create unique index "premium_product_receipt_current_unique" on "premium" ("product_id", "receipt") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "funding" cascade;`);

    this.addSql(`drop table if exists "payer" cascade;`);

    this.addSql(`drop table if exists "policy_contributions" cascade;`);

    this.addSql(`drop table if exists "premium" cascade;`);
  }

}
