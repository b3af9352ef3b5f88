import { Migration } from '@mikro-orm/migrations';

export class Migration20261124090736_user_admin extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "username" varchar(50) not null, "last_name" varchar(100) not null, "other_names" varchar(100) not null, "email" varchar(200) null, "phone" varchar(50) null, "language" varchar(2) not null default 'en', "active_from" date not null, "active_to" date null, "role_ids" uuid[] not null, "district_ids" uuid[] not null, "health_facility_id" uuid null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`create index "app_user_deleted_at_index" on "app_user" ("deleted_at");`);
    this.addSql(`create index "app_user_district_ids_idx" on "app_user" using gin ("district_ids");`);
    this.addSql(`create unique index "app_user_username_current_unique" on "app_user" (lower("username")) where "deleted_at" is null;`);

    this.addSql(`create table "claim_administrator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "code" varchar(8) not null, "last_name" varchar(100) not null, "other_names" varchar(100) not null, "birth_date" date null, "phone" varchar(50) null, "email" varchar(200) null, "health_facility_id" uuid not null, "user_id" uuid null, constraint "claim_administrator_pkey" primary key ("id"));`);
    this.addSql(`create index "claim_administrator_deleted_at_index" on "claim_administrator" ("deleted_at");`);
    this.addSql(`create index "claim_administrator_health_facility_id_index" on "claim_administrator" ("health_facility_id");`);
    this.addSql(`create index "claim_administrator_user_id_index" on "claim_administrator" ("user_id");`);
    this.addSql(`create unique index "claim_administrator_code_current_unique" on "claim_administrator" ("code") where "deleted_at" is null;`);

    this.addSql(`create table "enrolment_officer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "code" varchar(8) not null, "last_name" varchar(100) not null, "other_names" varchar(100) not null, "birth_date" date null, "phone" varchar(50) null, "email" varchar(200) null, "address" varchar(200) null, "village_ids" uuid[] not null, "substitution_officer_id" uuid null, "works_to" date null, "phone_communication" boolean not null default false, "user_id" uuid null, constraint "enrolment_officer_pkey" primary key ("id"));`);
    this.addSql(`create index "enrolment_officer_deleted_at_index" on "enrolment_officer" ("deleted_at");`);
    this.addSql(`create index "enrolment_officer_user_id_index" on "enrolment_officer" ("user_id");`);
    this.addSql(`create index "enrolment_officer_village_ids_idx" on "enrolment_officer" using gin ("village_ids");`);
    this.addSql(`create unique index "enrolment_officer_code_current_unique" on "enrolment_officer" ("code") where "deleted_at" is null;`);

    this.addSql(`create table "role" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "name" varchar(50) not null, "system_bits" int not null default 0, "blocked" boolean not null default false, "alt_language" text null, "rights" int[] not null, constraint "role_pkey" primary key ("id"));`);
    this.addSql(`create index "role_deleted_at_index" on "role" ("deleted_at");`);
    this.addSql(`create unique index "role_name_current_unique" on "role" (lower("name")) where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "claim_administrator" cascade;`);

    this.addSql(`drop table if exists "enrolment_officer" cascade;`);

    this.addSql(`drop table if exists "role" cascade;`);
  }
}
