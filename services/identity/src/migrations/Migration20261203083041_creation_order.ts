import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083041_creation_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "app_user_creation_order" on "app_user" ("created_at", "id") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "app_user_creation_order";`);
  }

}
