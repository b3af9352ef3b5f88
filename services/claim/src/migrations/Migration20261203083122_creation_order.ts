import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083122_creation_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "claim_creation_order" on "claim" ("created_at", "id") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "claim_creation_order";`);
  }

}
