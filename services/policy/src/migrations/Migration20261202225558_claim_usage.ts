import { Migration } from '@mikro-orm/migrations';

export class Migration20261202225558_claim_usage extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "claim_policy_usage" ("claim_id" uuid not null, "policy_id" uuid not null, "product_id" uuid not null, "insuree_id" uuid not null, "target_date" date not null, "in_patient" boolean not null, "category" varchar(1) null, "remunerated" numeric(18,2) not null, "deductible" numeric(18,2) not null, "exceed_ceiling" numeric(18,2) not null, "items" jsonb not null, "services" jsonb not null, constraint "claim_policy_usage_pkey" primary key ("claim_id", "policy_id"));`);
    this.addSql(`create index "claim_policy_usage_policy_id_index" on "claim_policy_usage" ("policy_id");`);

    this.addSql(`create table "claim_usage" ("claim_id" uuid not null, "claim_version" int not null, "deleted" boolean not null, constraint "claim_usage_pkey" primary key ("claim_id"));`);

    this.addSql(`create table "policy_category_usage" ("policy_id" uuid not null, "insuree_id" uuid not null, "category" varchar(1) not null, "claims" int not null, constraint "policy_category_usage_pkey" primary key ("policy_id", "insuree_id", "category"));`);

    this.addSql(`create table "policy_insuree_usage" ("policy_id" uuid not null, "insuree_id" uuid not null, "remunerated_in_patient" numeric(18,2) not null, "remunerated_out_patient" numeric(18,2) not null, "deductible_in_patient" numeric(18,2) not null, "deductible_out_patient" numeric(18,2) not null, "claims" int not null, constraint "policy_insuree_usage_pkey" primary key ("policy_id", "insuree_id"));`);

    this.addSql(`create table "policy_line_usage" ("policy_id" uuid not null, "insuree_id" uuid not null, "kind" varchar(1) not null, "line_id" uuid not null, "quantity" numeric(18,2) not null, constraint "policy_line_usage_pkey" primary key ("policy_id", "insuree_id", "kind", "line_id"));`);

    this.addSql(`create table "policy_usage" ("policy_id" uuid not null, "remunerated_in_patient" numeric(18,2) not null, "remunerated_out_patient" numeric(18,2) not null, "deductible_in_patient" numeric(18,2) not null, "deductible_out_patient" numeric(18,2) not null, "claims" int not null, constraint "policy_usage_pkey" primary key ("policy_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "claim_policy_usage" cascade;`);

    this.addSql(`drop table if exists "claim_usage" cascade;`);

    this.addSql(`drop table if exists "policy_category_usage" cascade;`);

    this.addSql(`drop table if exists "policy_insuree_usage" cascade;`);

    this.addSql(`drop table if exists "policy_line_usage" cascade;`);

    this.addSql(`drop table if exists "policy_usage" cascade;`);
  }

}
