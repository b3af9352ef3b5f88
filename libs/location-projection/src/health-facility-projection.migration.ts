import { Migration } from '@mikro-orm/migrations';

/**
 * The `projected_health_facility` table and its district index. Idempotent: the first services created
 * them in their own migrations, and list this one too.
 */
export class HealthFacilityProjectionMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table if not exists "projected_health_facility" ("id" uuid not null, "code" text not null, "district_id" uuid not null, "deleted" boolean not null default false, "version" int not null, constraint "projected_health_facility_pkey" primary key ("id"));',
    );
    this.addSql('create index if not exists "projected_health_facility_district_id_index" on "projected_health_facility" ("district_id");');
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "projected_health_facility" cascade;');
  }
}
