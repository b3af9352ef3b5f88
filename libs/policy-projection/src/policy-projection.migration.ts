import { Migration } from '@mikro-orm/migrations';

const TABLES = [
  'create table if not exists "projected_product" ("id" uuid not null, "code" text not null, "name" text not null, "location_id" uuid null, "date_from" date not null, "date_to" date not null, "conversion_product_id" uuid null, "insurance_period" int not null, "grace_period_payment" int not null, "max_installments" int not null, "member_count" int not null, "threshold" int not null, "ceiling_type" text not null, "ceiling_interpretation" text not null, "deductible" jsonb not null, "ceiling" jsonb not null, "extra_member_ceiling" jsonb not null, "max_policy_ceiling" jsonb not null, "category_limits" jsonb not null, "relative_prices" jsonb not null, "capitation" jsonb null, "account_codes" jsonb not null, "deleted" boolean not null default false, "version" int not null, constraint "projected_product_pkey" primary key ("id"));',
  'create index if not exists "projected_product_code_index" on "projected_product" ("code");',
  'create table if not exists "projected_product_line" ("product_id" uuid not null, "kind" text not null, "line_id" uuid not null, "price_origin" text not null, "limits" jsonb not null, "waiting_period_adult" int not null, "waiting_period_child" int not null, "limit_count_adult" int not null, "limit_count_child" int not null, "ceiling_exclusion_adult" text null, "ceiling_exclusion_child" text null, constraint "projected_product_line_pkey" primary key ("product_id", "kind", "line_id"));',
  'create index if not exists "projected_product_line_line_id_kind_index" on "projected_product_line" ("line_id", "kind");',
  'create table if not exists "projected_policy" ("id" uuid not null, "family_id" uuid not null, "product_id" uuid not null, "officer_id" uuid null, "stage" text not null, "status" text not null, "value" numeric(18,2) not null, "enrol_date" date not null, "start_date" date not null, "effective_date" date null, "expiry_date" date not null, "previous_policy_id" uuid null, "deleted" boolean not null default false, "version" int not null, constraint "projected_policy_pkey" primary key ("id"));',
  'create index if not exists "projected_policy_family_id_index" on "projected_policy" ("family_id");',
  'create table if not exists "projected_insuree_policy" ("id" uuid not null, "insuree_id" uuid not null, "policy_id" uuid not null, "enrolment_date" date not null, "start_date" date not null, "effective_date" date null, "expiry_date" date not null, "deleted" boolean not null default false, "version" int not null, constraint "projected_insuree_policy_pkey" primary key ("id"));',
  'create index if not exists "projected_insuree_policy_insuree_id_index" on "projected_insuree_policy" ("insuree_id");',
  'create index if not exists "projected_insuree_policy_policy_id_index" on "projected_insuree_policy" ("policy_id");',
];

/** The projected products (with one row per line), policies and insuree-policies, and their indexes (idempotent, like every projection's). */
export class PolicyProjectionMigration extends Migration {
  override async up(): Promise<void> {
    for (const sql of TABLES) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of ['projected_insuree_policy', 'projected_policy', 'projected_product_line', 'projected_product']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
