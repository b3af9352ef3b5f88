import { Migration } from '@mikro-orm/migrations';

export class Migration20261124132346_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "family" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "head_insuree_id" uuid not null, "village_id" uuid not null, "poverty" boolean null, "family_type" varchar(2) null, "address" varchar(200) null, "ethnicity" varchar(1) null, "confirmation_number" varchar(12) null, "confirmation_type" varchar(3) null, "offline" boolean not null default false, constraint "family_pkey" primary key ("id"));`);
    this.addSql(`create index "family_deleted_at_index" on "family" ("deleted_at");`);
    this.addSql(`create index "family_village_id_index" on "family" ("village_id");`);

    this.addSql(`create table "insuree" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "insurance_number" varchar(12) not null, "family_id" uuid null, "is_head" boolean not null default false, "family_village_id" uuid null, "last_name" varchar(100) not null, "other_names" varchar(100) not null, "name_search" text generated always as (imis_fold(other_names || ' ' || last_name)) stored null, "gender" varchar(1) not null, "birth_date" date not null, "marital_status" varchar(1) null, "relationship" varchar(1) null, "profession" varchar(1) null, "education" varchar(1) null, "identification_type" varchar(1) null, "identification_number" varchar(25) null, "phone" varchar(50) null, "email" varchar(100) null, "current_address" varchar(200) null, "geolocation" varchar(250) null, "current_village_id" uuid null, "health_facility_id" uuid null, "card_issued" boolean not null default false, "status" varchar(2) not null default 'AC', "status_reason" varchar(5) null, "status_date" date null, "photo_id" uuid null, "photo_date" date null, "offline" boolean not null default false, constraint "insuree_pkey" primary key ("id"));`);
    this.addSql(`create index "insuree_deleted_at_index" on "insuree" ("deleted_at");`);
    this.addSql(`create index "insuree_family_id_index" on "insuree" ("family_id");`);
    this.addSql(`create index "insuree_family_village_id_index" on "insuree" ("family_village_id");`);
    this.addSql(`create index "insuree_birth_date_index" on "insuree" ("birth_date");`);
    this.addSql(`create index "insuree_current_village_id_index" on "insuree" ("current_village_id") where "current_village_id" is not null;`);
    this.addSql(`create index "insuree_name_search_trgm" on "insuree" using gin ("name_search" gin_trgm_ops) where "deleted_at" is null;`);
    this.addSql(`create unique index "insuree_one_head_per_family" on "insuree" ("family_id") where "is_head" and "deleted_at" is null;`);
    this.addSql(`create unique index "insuree_insurance_number_current_unique" on "insuree" ("insurance_number") where "deleted_at" is null;`);

    this.addSql(`create table "insuree_import" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "file_name" text not null, "format" text not null, "date_format" text not null, "mode" text not null, "column_mapping" jsonb not null, "content" bytea not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')) not null default 'QUEUED', "total_rows" int null, "rows_done" int not null default 0, "errors_count" int not null default 0, "families_created" int not null default 0, "insurees_created" int not null default 0, "failure_message" text null, "requested_by" text not null, "scope_location_ids" jsonb null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "insuree_import_pkey" primary key ("id"));`);

    this.addSql(`create table "insuree_import_error" ("id" bigserial primary key, "import_id" uuid not null, "row" int not null, "column" text null, "code" text not null, "message" text not null);`);
    this.addSql(`create index "insuree_import_error_import_id_row_index" on "insuree_import_error" ("import_id", "row");`);

    this.addSql(`create table "insuree_photo" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "insuree_id" uuid not null, "storage_key" text not null, "content_type" text not null, "size_bytes" int not null, "taken_on" date not null, "uploaded_by" text not null, "replaced_at" timestamptz null, constraint "insuree_photo_pkey" primary key ("id"));`);
    this.addSql(`create index "insuree_photo_insuree_id_index" on "insuree_photo" ("insuree_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "family" cascade;`);

    this.addSql(`drop table if exists "insuree" cascade;`);

    this.addSql(`drop table if exists "insuree_import" cascade;`);

    this.addSql(`drop table if exists "insuree_import_error" cascade;`);

    this.addSql(`drop table if exists "insuree_photo" cascade;`);
  }
}
