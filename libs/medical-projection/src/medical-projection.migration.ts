import { Migration } from '@mikro-orm/migrations';

const TABLES = [
  'create table if not exists "projected_medical_item" ("id" uuid not null, "code" text not null, "name" text not null, "price" numeric(18,2) not null, "care_type" text not null, "frequency" int not null, "patient_category" int not null, "maximum_quantity" numeric(18,2) null, "effective_from" date null, "effective_to" date null, "deleted" boolean not null default false, "version" int not null, "type" text not null, "package" text null, "quantity" numeric(18,2) null, constraint "projected_medical_item_pkey" primary key ("id"));',
  'create index if not exists "projected_medical_item_code_index" on "projected_medical_item" ("code");',
  'create table if not exists "projected_medical_service" ("id" uuid not null, "code" text not null, "name" text not null, "price" numeric(18,2) not null, "care_type" text not null, "frequency" int not null, "patient_category" int not null, "maximum_quantity" numeric(18,2) null, "effective_from" date null, "effective_to" date null, "deleted" boolean not null default false, "version" int not null, "type" text not null, "level" text not null, "category" text null, "manual_price" boolean not null, "package_type" text not null, "package_lines" jsonb not null, constraint "projected_medical_service_pkey" primary key ("id"));',
  'create index if not exists "projected_medical_service_code_index" on "projected_medical_service" ("code");',
  'create table if not exists "projected_diagnosis" ("id" uuid not null, "code" text not null, "name" text not null, "deleted" boolean not null default false, "version" int not null, constraint "projected_diagnosis_pkey" primary key ("id"));',
  'create index if not exists "projected_diagnosis_code_index" on "projected_diagnosis" ("code");',
  'create table if not exists "projected_price_list" ("id" uuid not null, "kind" text not null, "name" text not null, "location_id" uuid null, "date" date not null, "deleted" boolean not null default false, "version" int not null, constraint "projected_price_list_pkey" primary key ("id"));',
  'create table if not exists "projected_price_list_detail" ("price_list_id" uuid not null, "line_id" uuid not null, "price" numeric(18,2) null, constraint "projected_price_list_detail_pkey" primary key ("price_list_id", "line_id"));',
  'create table if not exists "projected_facility_price_lists" ("health_facility_id" uuid not null, "items_price_list_id" uuid null, "services_price_list_id" uuid null, "version" int not null, constraint "projected_facility_price_lists_pkey" primary key ("health_facility_id"));',
];

/** The medical catalogue's projected tables and their indexes (idempotent, like every projection's). */
export class MedicalProjectionMigration extends Migration {
  override async up(): Promise<void> {
    for (const sql of TABLES) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of ['projected_facility_price_lists', 'projected_price_list_detail', 'projected_price_list', 'projected_diagnosis', 'projected_medical_service', 'projected_medical_item']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
