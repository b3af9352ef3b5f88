import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083108_creation_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "premium_creation_order" on "premium" ("created_at", "id") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "premium_creation_order";`);
  }

}
