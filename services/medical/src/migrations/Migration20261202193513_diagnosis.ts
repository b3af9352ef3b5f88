import { Migration } from '@mikro-orm/migrations';

/**
 * Diagnoses (versioned, current codes unique), their uploads and the uploads' error reports; and
 * `imis_fold(text)` (lower case without accents, as in the insuree service) for the name filter.
 */
export class Migration20261202193513_diagnosis extends Migration {

  override async up(): Promise<void> {
    this.addSql('create extension if not exists unaccent;');
    this.addSql(
      `create or replace function imis_fold(value text) returns text language sql immutable parallel safe strict
       as $$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;`,
    );
    this.addSql(`create table "diagnosis" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "code" varchar(6) not null, "name" varchar(255) not null, constraint "diagnosis_pkey" primary key ("id"));`);
    this.addSql(`create index "diagnosis_deleted_at_index" on "diagnosis" ("deleted_at");`);
    this.addSql(`create unique index "diagnosis_code_current_unique" on "diagnosis" ("code") where "deleted_at" is null;`);

    this.addSql(`create table "diagnosis_upload" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "file_name" text not null, "format" text not null, "mode" text not null, "strategy" text not null, "content" bytea not null, "status" text check ("status" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')) not null default 'QUEUED', "total_rows" int null, "errors_count" int not null default 0, "refused_rows" int not null default 0, "created" int not null default 0, "updated" int not null default 0, "deleted" int not null default 0, "unchanged" int not null default 0, "failure_message" text null, "requested_by" text not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "diagnosis_upload_pkey" primary key ("id"));`);

    this.addSql(`create table "diagnosis_upload_error" ("id" bigserial primary key, "upload_id" uuid not null, "row" int not null, "column" text null, "code" text not null, "message" text not null);`);
    this.addSql(`create index "diagnosis_upload_error_upload_id_row_index" on "diagnosis_upload_error" ("upload_id", "row");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "diagnosis" cascade;`);

    this.addSql(`drop table if exists "diagnosis_upload" cascade;`);

    this.addSql(`drop table if exists "diagnosis_upload_error" cascade;`);
  }

}
