import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083053_creation_order extends Migration {

  override async up(): Promise<void> {
    // Uploads stamped created_at with now() (microseconds); cursors carry milliseconds, as entities hold them.
    this.addSql(`update "diagnosis" set "created_at" = date_trunc('milliseconds', "created_at") where "created_at" <> date_trunc('milliseconds', "created_at");`);

    this.addSql(`create index "diagnosis_creation_order" on "diagnosis" ("created_at", "id") where "deleted_at" is null;`);

    this.addSql(`create index "medical_item_creation_order" on "medical_item" ("created_at", "id") where "deleted_at" is null;`);

    this.addSql(`create index "medical_service_creation_order" on "medical_service" ("created_at", "id") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "diagnosis_creation_order";`);

    this.addSql(`drop index "medical_item_creation_order";`);

    this.addSql(`drop index "medical_service_creation_order";`);
  }

}
