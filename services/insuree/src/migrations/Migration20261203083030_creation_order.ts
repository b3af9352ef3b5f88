import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083030_creation_order extends Migration {

  override async up(): Promise<void> {
    // Imports stamped created_at with now() (microseconds); cursors carry milliseconds, as entities hold them.
    this.addSql(`update "family" set "created_at" = date_trunc('milliseconds', "created_at") where "created_at" <> date_trunc('milliseconds', "created_at");`);
    this.addSql(`update "insuree" set "created_at" = date_trunc('milliseconds', "created_at") where "created_at" <> date_trunc('milliseconds', "created_at");`);

    this.addSql(`create index "family_creation_order" on "family" ("created_at", "id") where "deleted_at" is null;`);

    this.addSql(`create index "insuree_creation_order" on "insuree" ("created_at", "id") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "family_creation_order";`);

    this.addSql(`drop index "insuree_creation_order";`);
  }

}
