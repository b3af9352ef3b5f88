import { Migration } from '@mikro-orm/migrations';

/** The `projected_insuree` and `projected_family` tables and their indexes (idempotent, like every projection's). */
export class InsureeProjectionMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table if not exists "projected_family" ("id" uuid not null, "head_insuree_id" uuid not null, "village_id" uuid not null, "poverty" boolean null, "deleted" boolean not null default false, "version" int not null, constraint "projected_family_pkey" primary key ("id"));',
    );
    this.addSql(
      'create table if not exists "projected_insuree" ("id" uuid not null, "insurance_number" text not null, "family_id" uuid null, "is_head" boolean not null default false, "gender" text not null, "birth_date" date not null, "current_village_id" uuid null, "family_village_id" uuid null, "health_facility_id" uuid null, "status" text not null, "status_date" date null, "deleted" boolean not null default false, "version" int not null, constraint "projected_insuree_pkey" primary key ("id"));',
    );
    this.addSql('create index if not exists "projected_insuree_insurance_number_index" on "projected_insuree" ("insurance_number");');
    this.addSql('create index if not exists "projected_insuree_family_id_index" on "projected_insuree" ("family_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "projected_insuree" cascade;');
    this.addSql('drop table if exists "projected_family" cascade;');
  }
}
