import { Migration } from '@mikro-orm/migrations';

export class Migration20261202221629_contributions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "funding_family" ("family_id" uuid not null, "product_id" uuid not null, "location_id" uuid null, constraint "funding_family_pkey" primary key ("family_id"));`);
    this.addSql(`create index "funding_family_product_id_index" on "funding_family" ("product_id");`);

    this.addSql(`create table "policy_contribution_state" ("policy_id" uuid not null, "paid_total" numeric(18,2) not null, "last_pay_date" date null, "revision" int not null, "payment_matched" boolean not null, constraint "policy_contribution_state_pkey" primary key ("policy_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "funding_family" cascade;`);

    this.addSql(`drop table if exists "policy_contribution_state" cascade;`);
  }

}
