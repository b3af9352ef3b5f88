import { Migration } from '@mikro-orm/migrations';

export class Migration20261202203432_policy_jobs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "policy_job_run" ("id" uuid not null, "kind" text check ("kind" in ('EXPIRY', 'RENEWAL_REMINDER')) not null, "trigger" text check ("trigger" in ('SCHEDULE', 'MANUAL')) not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')) not null default 'QUEUED', "run_date" date null, "requested_by" text not null, "selected" int not null default 0, "skipped" int not null default 0, "created" int not null default 0, "notified" int not null default 0, "expired" int not null default 0, "queued_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, "failure_message" text null, constraint "policy_job_run_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_job_run_kind_id_index" on "policy_job_run" ("kind", "id");`);

    this.addSql(`create table "policy_renewal" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "policy_id" uuid not null, "family_id" uuid not null, "head_insuree_id" uuid null, "product_id" uuid not null, "new_product_id" uuid not null, "officer_id" uuid null, "new_officer_id" uuid null, "prompt_date" date not null, "renewal_date" date not null, "phone" text null, "warnings" int not null, "run_id" uuid not null, constraint "policy_renewal_pkey" primary key ("id"));`);
    this.addSql(`alter table "policy_renewal" add constraint "policy_renewal_policy_id_unique" unique ("policy_id");`);
    this.addSql(`create index "policy_renewal_run_id_index" on "policy_renewal" ("run_id");`);
    this.addSql(`create index "policy_renewal_family_id_index" on "policy_renewal" ("family_id");`);

    this.addSql(`create table "policy_renewal_photo" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "renewal_id" uuid not null, "insuree_id" uuid not null, "reason" text check ("reason" in ('NO_PHOTO', 'PHOTO_TOO_OLD')) not null, "photo_date" date null, constraint "policy_renewal_photo_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_renewal_photo_renewal_id_index" on "policy_renewal_photo" ("renewal_id");`);

    this.addSql(`create table "policy_renewal_notification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "renewal_id" uuid not null, "recipient" text check ("recipient" in ('OFFICER', 'FAMILY_HEAD')) not null, "recipient_id" uuid not null, "phone" text null, "message" text not null, "channel" text not null, "outcome" text check ("outcome" in ('SENT', 'LOGGED', 'FAILED')) not null, constraint "policy_renewal_notification_pkey" primary key ("id"));`);
    this.addSql(`create index "policy_renewal_notification_renewal_id_index" on "policy_renewal_notification" ("renewal_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "policy_job_run" cascade;`);

    this.addSql(`drop table if exists "policy_renewal" cascade;`);

    this.addSql(`drop table if exists "policy_renewal_photo" cascade;`);

    this.addSql(`drop table if exists "policy_renewal_notification" cascade;`);
  }

}
