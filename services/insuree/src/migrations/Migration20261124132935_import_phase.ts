import { Migration } from '@mikro-orm/migrations';

export class Migration20261124132935_import_phase extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "insuree_import" add column "phase" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "insuree_import" drop column "phase";`);
  }

}
