import { Migration } from '@mikro-orm/migrations';

export class Migration20261203055506_queued_order extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "claim_queued_order" on "claim" ("submission_seq") where "queued";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "claim_queued_order";`);
  }

}
