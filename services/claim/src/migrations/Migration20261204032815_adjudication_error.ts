import { Migration } from '@mikro-orm/migrations';

export class Migration20261204032815_adjudication_error extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "claim" add column "adjudication_error" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "claim" drop column "adjudication_error";`);
  }

}
