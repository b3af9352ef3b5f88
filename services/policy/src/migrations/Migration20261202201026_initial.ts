import { Migration } from '@mikro-orm/migrations';

export class Migration20261202201026_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "product" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "code" varchar(8) not null, "name" varchar(100) not null, "location_id" uuid null, "date_from" date not null, "date_to" date not null, "conversion_product_id" uuid null, "insurance_period" int not null, "administration_period" int not null, "grace_period_enrolment" int not null, "grace_period_renewal" int not null, "grace_period_payment" int not null, "start_cycles" jsonb not null, "lump_sum" numeric(18,2) not null, "member_count" int not null, "threshold" int not null, "premium_adult" numeric(18,2) not null, "premium_child" numeric(18,2) not null, "registration_lump_sum" numeric(18,2) not null, "registration_fee" numeric(18,2) not null, "general_assembly_lump_sum" numeric(18,2) not null, "general_assembly_fee" numeric(18,2) not null, "max_installments" int not null, "enrolment_discount_percent" int not null, "enrolment_discount_period" int not null, "renewal_discount_percent" int not null, "renewal_discount_period" int not null, "ceiling_type" text check ("ceiling_type" in ('I', 'T', 'P')) not null, "ceiling_interpretation" text check ("ceiling_interpretation" in ('I', 'H')) not null, "deductible" jsonb not null, "ceiling" jsonb not null, "extra_member_ceiling" jsonb not null, "max_policy_ceiling" jsonb not null, "category_limits" jsonb not null, "relative_prices" jsonb not null, "capitation" jsonb null, "account_codes" jsonb not null, "item_lines" jsonb not null, "service_lines" jsonb not null, constraint "product_pkey" primary key ("id"));`);
    this.addSql(`create index "product_deleted_at_index" on "product" ("deleted_at");`);
    this.addSql(`create index "product_location_id_index" on "product" ("location_id");`);
    this.addSql(`create index "product_service_lines_index" on "product" using gin ("service_lines" jsonb_path_ops);`);
    this.addSql(`create index "product_item_lines_index" on "product" using gin ("item_lines" jsonb_path_ops);`);
    this.addSql(`create unique index "product_code_current_unique" on "product" ("code") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product" cascade;`);
  }

}
