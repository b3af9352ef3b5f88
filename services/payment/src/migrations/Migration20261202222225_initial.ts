import { Migration } from '@mikro-orm/migrations';

export class Migration20261202222225_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "gateway_notification" ("id" uuid not null, "notification_id" varchar(100) null, "claimed_id" varchar(100) null, "kind" varchar(32) null, "outcome" varchar(8) not null, "code" varchar(64) null, "payment_id" uuid null, "body_sha256" char(64) not null, "body_length" int not null, "received_at" timestamptz not null, constraint "gateway_notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "gateway_notification" add constraint "gateway_notification_notification_id_unique" unique ("notification_id");`);
    this.addSql(`create index "gateway_notification_payment_id_index" on "gateway_notification" ("payment_id");`);

    this.addSql(`create table "payment" ("id" uuid not null, "status" text check ("status" in ('REJECTED', 'INTENT_INVALID', 'INTENT', 'CONTROL_NUMBER_REQUESTED', 'CONTROL_NUMBER_POSTED', 'CONTROL_NUMBER_ASSIGNED', 'RECEIVED', 'MATCHED')) not null, "officer_id" uuid null, "officer_code" varchar(8) null, "phone" varchar(50) null, "language" varchar(5) null, "sms_required" boolean not null default false, "expected_amount" numeric(18,2) null, "received_amount" numeric(18,2) null, "surplus_amount" numeric(18,2) null, "control_number" varchar(50) null, "transaction_no" varchar(50) null, "receipt_no" varchar(100) null, "payment_date" date null, "received_at" timestamptz null, "matched_at" timestamptz null, "origin" varchar(50) null, "rejected_reason" varchar(255) null, "intent_id" uuid null, "changed_by" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "payment_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_intent_id_index" on "payment" ("intent_id");`);
    this.addSql(`create unique index "payment_transaction_no_unique" on "payment" ("transaction_no") where "status" in ('RECEIVED', 'MATCHED');`);
    this.addSql(`create unique index "payment_control_number_unique" on "payment" ("control_number") where "control_number" is not null and "status" <> 'REJECTED';`);
    this.addSql(`create index "payment_status_id_index" on "payment" ("status", "id");`);

    this.addSql(`create table "payment_detail" ("id" uuid not null, "payment_id" uuid not null, "position" int not null, "insurance_number" varchar(12) not null, "product_code" varchar(8) not null, "policy_stage" varchar(1) null, "expected_amount" numeric(18,2) null, "amount" numeric(18,2) null, "policy_id" uuid null, "premium_id" uuid null, "renewal_policy_id" uuid null, constraint "payment_detail_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_detail_payment_id_index" on "payment_detail" ("payment_id");`);
    this.addSql(`create index "payment_detail_insurance_number_index" on "payment_detail" ("insurance_number");`);
    this.addSql(`create index "payment_detail_policy_id_index" on "payment_detail" ("policy_id");`);

    this.addSql(`create table "payment_officer" ("id" uuid not null, "code" text not null, "village_ids" uuid[] not null, "works_to" date null, "deleted" boolean not null default false, "version" int not null, constraint "payment_officer_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_officer_code_index" on "payment_officer" ("code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "gateway_notification" cascade;`);

    this.addSql(`drop table if exists "payment" cascade;`);

    this.addSql(`drop table if exists "payment_detail" cascade;`);

    this.addSql(`drop table if exists "payment_officer" cascade;`);
  }

}
