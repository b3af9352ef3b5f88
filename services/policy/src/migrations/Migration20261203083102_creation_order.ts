import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083102_creation_order extends Migration {

  override async up(): Promise<void> {
    // Scheduled runs stamped queued_at with now() (microseconds); the runs' cursors carry milliseconds.
    this.addSql(`update "policy_job_run" set "queued_at" = date_trunc('milliseconds', "queued_at") where "queued_at" <> date_trunc('milliseconds', "queued_at");`);

    this.addSql(`create index "policy_creation_order" on "policy" ("created_at", "id") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "policy_creation_order";`);
  }

}
