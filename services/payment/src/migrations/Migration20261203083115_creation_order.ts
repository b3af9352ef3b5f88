import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083115_creation_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "payment_creation_order" on "payment" ("created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "payment_creation_order";`);
  }

}
