import { Migration } from '@mikro-orm/migrations';

/** The `job` table of libs/jobs (JobRecord). Services get it through `jobsPersistence`. */
export class JobTableMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "job" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "queue" text not null, "payload" jsonb not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')) not null default 'QUEUED', "attempts" int not null default 0, "max_attempts" int not null, "last_error" text null, "result" jsonb null, "schedule" text null, "scheduled_for" timestamptz null, "correlation_id" text null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "job_pkey" primary key ("id"));`,
    );
    this.addSql(`create index if not exists "job_queue_created_at_idx" on "job" ("queue", "created_at");`);
    this.addSql(`create index if not exists "job_finished_at_idx" on "job" ("finished_at") where "finished_at" is not null;`);
    this.addSql(`create index if not exists "job_unfinished_idx" on "job" ("updated_at") where "status" in ('QUEUED', 'RUNNING');`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "job" cascade;');
  }
}
