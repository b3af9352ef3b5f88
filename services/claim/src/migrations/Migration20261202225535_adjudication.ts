import { Migration } from '@mikro-orm/migrations';

export class Migration20261202225535_adjudication extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "claim_ded_rem" ("claim_id" uuid not null, "policy_id" uuid not null, "insuree_id" uuid not null, "hospital" boolean not null, "deducted_general" numeric(18,2) not null, "deducted_in_patient" numeric(18,2) not null, "deducted_out_patient" numeric(18,2) not null, "remunerated_general" numeric(18,2) not null, "remunerated_in_patient" numeric(18,2) not null, "remunerated_out_patient" numeric(18,2) not null, constraint "claim_ded_rem_pkey" primary key ("claim_id", "policy_id"));`);
    this.addSql(`create index "claim_ded_rem_policy_id_index" on "claim_ded_rem" ("policy_id");`);

    this.addSql(`create table "claim_usage_amount" ("policy_id" uuid not null, "insuree_id" uuid not null, "deducted_general" numeric(18,2) not null, "deducted_in_patient" numeric(18,2) not null, "deducted_out_patient" numeric(18,2) not null, "remunerated_general" numeric(18,2) not null, "remunerated_in_patient" numeric(18,2) not null, "remunerated_out_patient" numeric(18,2) not null, constraint "claim_usage_amount_pkey" primary key ("policy_id", "insuree_id"));`);

    this.addSql(`create table "claim_usage_category" ("insuree_policy_id" uuid not null, "category" varchar(1) not null, "claims" int not null, constraint "claim_usage_category_pkey" primary key ("insuree_policy_id", "category"));`);

    this.addSql(`create table "claim_usage_quantity" ("insuree_policy_id" uuid not null, "kind" text not null, "medical_id" uuid not null, "quantity" numeric(18,2) not null, constraint "claim_usage_quantity_pkey" primary key ("insuree_policy_id", "kind", "medical_id"));`);

    this.addSql(`create sequence if not exists "claim_submission_seq";`);
    this.addSql(`alter table "claim" add column "submission_seq" bigint null;`);
    this.addSql(`create index "claim_queued_seq" on "claim" ("insuree_id", "submission_seq") where "queued";`);

    this.addSql(`alter table "claim_item" add column "trace" jsonb null;`);

    this.addSql(`alter table "claim_service" add column "trace" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "claim_ded_rem" cascade;`);

    this.addSql(`drop table if exists "claim_usage_amount" cascade;`);

    this.addSql(`drop table if exists "claim_usage_category" cascade;`);

    this.addSql(`drop table if exists "claim_usage_quantity" cascade;`);

    this.addSql(`drop index "claim_queued_seq";`);
    this.addSql(`alter table "claim" drop column "submission_seq";`);
    this.addSql(`drop sequence if exists "claim_submission_seq";`);

    this.addSql(`alter table "claim_item" drop column "trace";`);

    this.addSql(`alter table "claim_service" drop column "trace";`);
  }

}
