import { Migration } from '@mikro-orm/migrations';

export class Migration20261202223733_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "claim" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "code" text not null, "insuree_id" uuid not null, "health_facility_id" uuid not null, "claim_admin_id" uuid null, "date_from" date not null, "date_to" date null, "date_claimed" date not null, "visit_type" text check ("visit_type" in ('O', 'E', 'R')) not null, "category" varchar(1) null, "main_diagnosis_id" uuid not null, "secondary_diagnosis_ids" jsonb not null, "explanation" text null, "status" text check ("status" in ('REJECTED', 'ENTERED', 'CHECKED', 'PROCESSED', 'VALUATED')) not null default 'ENTERED', "rejection_reason" smallint not null default 0, "queued" boolean not null default false, "submitted_at" timestamptz null, "submitted_by" text null, "claimed" numeric(18,2) not null, "approved" numeric(18,2) null, "valuated" numeric(18,2) null, "remunerated" numeric(18,2) null, "restored_from_id" uuid null, "restore_count" smallint not null default 0, constraint "claim_pkey" primary key ("id"));`);
    this.addSql(`create index "claim_deleted_at_index" on "claim" ("deleted_at");`);
    this.addSql(`create index "claim_restored_from_id_index" on "claim" ("restored_from_id");`);
    this.addSql(`create index "claim_health_facility_id_status_index" on "claim" ("health_facility_id", "status");`);
    this.addSql(`create index "claim_insuree_id_status_date_from_index" on "claim" ("insuree_id", "status", "date_from");`);
    this.addSql(`create unique index "claim_facility_code_unique" on "claim" ("health_facility_id", "code") where "deleted_at" is null;`);

    this.addSql(`create table "claim_admin" ("id" uuid not null, "code" text not null, "health_facility_id" uuid not null, "user_id" uuid null, "deleted" boolean not null, "version" int not null, constraint "claim_admin_pkey" primary key ("id"));`);
    this.addSql(`create index "claim_admin_health_facility_id_index" on "claim_admin" ("health_facility_id");`);
    this.addSql(`create index "claim_admin_user_id_index" on "claim_admin" ("user_id");`);

    this.addSql(`create table "claim_code_counter" ("health_facility_id" uuid not null, "last" int not null, constraint "claim_code_counter_pkey" primary key ("health_facility_id"));`);

    this.addSql(`create table "claim_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "claim_id" uuid not null, "entered_in_version" int not null, "replaced_in_version" int null, "quantity_provided" numeric(18,2) not null, "price_asked" numeric(18,2) not null, "explanation" text null, "status" varchar(8) null, "rejection_reason" smallint null, "product_id" uuid null, "policy_id" uuid null, "price_origin" varchar(1) null, "limitation" varchar(1) null, "limitation_value" numeric(18,2) null, "quantity_approved" numeric(18,2) null, "price_adjusted" numeric(18,2) null, "price_approved" numeric(18,2) null, "price_valuated" numeric(18,2) null, "deductible_amount" numeric(18,2) null, "exceed_ceiling_amount" numeric(18,2) null, "exceed_ceiling_amount_category" numeric(18,2) null, "remunerated_amount" numeric(18,2) null, "justification" text null, "item_id" uuid not null, constraint "claim_item_pkey" primary key ("id"));`);
    this.addSql(`create index "claim_item_item_id_index" on "claim_item" ("item_id");`);
    this.addSql(`create index "claim_item_claim_id_replaced_in_version_index" on "claim_item" ("claim_id", "replaced_in_version");`);

    this.addSql(`create table "claim_service" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "claim_id" uuid not null, "entered_in_version" int not null, "replaced_in_version" int null, "quantity_provided" numeric(18,2) not null, "price_asked" numeric(18,2) not null, "explanation" text null, "status" varchar(8) null, "rejection_reason" smallint null, "product_id" uuid null, "policy_id" uuid null, "price_origin" varchar(1) null, "limitation" varchar(1) null, "limitation_value" numeric(18,2) null, "quantity_approved" numeric(18,2) null, "price_adjusted" numeric(18,2) null, "price_approved" numeric(18,2) null, "price_valuated" numeric(18,2) null, "deductible_amount" numeric(18,2) null, "exceed_ceiling_amount" numeric(18,2) null, "exceed_ceiling_amount_category" numeric(18,2) null, "remunerated_amount" numeric(18,2) null, "justification" text null, "service_id" uuid not null, constraint "claim_service_pkey" primary key ("id"));`);
    this.addSql(`create index "claim_service_service_id_index" on "claim_service" ("service_id");`);
    this.addSql(`create index "claim_service_claim_id_replaced_in_version_index" on "claim_service" ("claim_id", "replaced_in_version");`);

    this.addSql(`create table "health_facility" ("id" uuid not null, "code" text not null, "district_id" uuid not null, "level" varchar(1) not null, "care_type" varchar(1) not null, "deleted" boolean not null, "version" int not null, constraint "health_facility_pkey" primary key ("id"));`);
    this.addSql(`create index "health_facility_district_id_index" on "health_facility" ("district_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "claim" cascade;`);

    this.addSql(`drop table if exists "claim_admin" cascade;`);

    this.addSql(`drop table if exists "claim_code_counter" cascade;`);

    this.addSql(`drop table if exists "claim_item" cascade;`);

    this.addSql(`drop table if exists "claim_service" cascade;`);

    this.addSql(`drop table if exists "health_facility" cascade;`);
  }

}
