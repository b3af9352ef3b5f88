import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083045_creation_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "location_creation_order" on "location" ("created_at", "id") where "deleted_at" is null;`);

    this.addSql(`create index "health_facility_creation_order" on "health_facility" ("created_at", "id") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "health_facility_creation_order";`);

    this.addSql(`drop index "location_creation_order";`);
  }

}
