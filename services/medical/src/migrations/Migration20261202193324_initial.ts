import { Migration } from '@mikro-orm/migrations';

export class Migration20261202193324_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "medical_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "code" varchar(6) not null, "name" varchar(100) not null, "price" numeric(18,2) not null, "care_type" text check ("care_type" in ('I', 'O', 'B')) not null, "frequency" smallint not null default 0, "patient_category" smallint not null default 0, "maximum_quantity" numeric(18,2) null, "effective_from" date null, "effective_to" date null, "type" text check ("type" in ('D', 'M')) not null, "package" varchar(255) null, "quantity" numeric(18,2) null, constraint "medical_item_pkey" primary key ("id"));`);
    this.addSql(`create index "medical_item_deleted_at_index" on "medical_item" ("deleted_at");`);
    this.addSql(`create unique index "medical_item_code_current_unique" on "medical_item" ("code") where "deleted_at" is null;`);

    this.addSql(`create table "medical_service" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "code" varchar(6) not null, "name" varchar(100) not null, "price" numeric(18,2) not null, "care_type" text check ("care_type" in ('I', 'O', 'B')) not null, "frequency" smallint not null default 0, "patient_category" smallint not null default 0, "maximum_quantity" numeric(18,2) null, "effective_from" date null, "effective_to" date null, "type" text check ("type" in ('P', 'C')) not null, "level" text check ("level" in ('S', 'V', 'D', 'H')) not null, "category" text check ("category" in ('S', 'D', 'A', 'H', 'C', 'O', 'V')) null, "manual_price" boolean not null default false, "package_type" text check ("package_type" in ('S', 'P', 'F')) not null default 'S', "package_lines" jsonb not null, constraint "medical_service_pkey" primary key ("id"));`);
    this.addSql(`create index "medical_service_deleted_at_index" on "medical_service" ("deleted_at");`);
    this.addSql(`create index "medical_service_package_lines_index" on "medical_service" using gin ("package_lines" jsonb_path_ops);`);
    this.addSql(`create unique index "medical_service_code_current_unique" on "medical_service" ("code") where "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "medical_item" cascade;`);

    this.addSql(`drop table if exists "medical_service" cascade;`);
  }

}
