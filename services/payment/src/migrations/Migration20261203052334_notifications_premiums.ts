import { Migration } from '@mikro-orm/migrations';

export class Migration20261203052334_notifications_premiums extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "payment_notification" ("id" uuid not null, "payment_id" uuid not null, "kind" text check ("kind" in ('MATCHED', 'REJECTED')) not null, "phone" varchar(50) not null, "language" varchar(5) null, "message" text not null, "channel" text not null, "outcome" text check ("outcome" in ('SENT', 'LOGGED', 'FAILED')) not null, "created_at" timestamptz not null, constraint "payment_notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "payment_notification" add constraint "payment_notification_payment_id_kind_unique" unique ("payment_id", "kind");`);

    this.addSql(`create table "payment_premium" ("id" uuid not null, "policy_id" uuid not null, "deleted" boolean not null default false, "version" int not null, constraint "payment_premium_pkey" primary key ("id"));`);
    this.addSql(`create index "payment_premium_policy_id_index" on "payment_premium" ("policy_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_notification" cascade;`);

    this.addSql(`drop table if exists "payment_premium" cascade;`);
  }

}
