import { Migration } from '@mikro-orm/migrations';

/**
 * Imports run on libs/jobs, whose `job` row (same id as the import) is what workers and the recovery sweep
 * follow: every import still QUEUED or RUNNING gets one, so that it is run (or recovered) after the upgrade.
 */
export class Migration20261125091000_import_job_rows extends Migration {
  override async up(): Promise<void> {
    this.addSql(`insert into "job" ("id", "created_at", "updated_at", "queue", "payload", "status", "attempts", "max_attempts")
      select "id", "created_at", "updated_at", 'insuree-import', jsonb_build_object('importId', "id"), "status", 0, 3
      from "insuree_import" where "status" in ('QUEUED', 'RUNNING') on conflict ("id") do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "job" where "queue" = 'insuree-import';`);
  }
}
