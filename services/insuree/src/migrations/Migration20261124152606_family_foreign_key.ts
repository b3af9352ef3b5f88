import { Migration } from '@mikro-orm/migrations';

export class Migration20261124152606_family_foreign_key extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "insuree" add constraint "insuree_family_id_foreign" foreign key ("family_id") references "family" ("id") on update no action on delete no action;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "insuree" drop constraint "insuree_family_id_foreign";`);
  }

}
