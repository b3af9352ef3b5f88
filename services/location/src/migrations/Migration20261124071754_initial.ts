import { Migration } from '@mikro-orm/migrations';

export class Migration20261124071754_initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "location" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "code" varchar(8) not null, "name" varchar(50) not null, "type" text check ("type" in ('R', 'D', 'W', 'V')) not null, "parent_id" uuid null, "ancestor_ids" uuid[] not null, "male_population" int null, "female_population" int null, "other_population" int null, "families" int null, constraint "location_pkey" primary key ("id"));`);
    this.addSql(`create index "location_deleted_at_index" on "location" ("deleted_at");`);
    this.addSql(`create index "location_parent_id_index" on "location" ("parent_id");`);
    this.addSql(`create index "location_ancestor_ids_index" on "location" using gin ("ancestor_ids");`);
    this.addSql(`create unique index "location_code_current_unique" on "location" ("code") where "deleted_at" is null;`);

    this.addSql(`create table "health_facility" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "code" varchar(8) not null, "name" varchar(100) not null, "legal_form" text check ("legal_form" in ('C', 'D', 'G', 'P')) not null, "level" text check ("level" in ('D', 'C', 'H')) not null, "sub_level" text check ("sub_level" in ('I', 'N', 'R')) null, "care_type" text check ("care_type" in ('I', 'O', 'B')) not null, "district_id" uuid not null, "address" varchar(100) null, "phone" varchar(50) null, "fax" varchar(50) null, "email" varchar(50) null, "accounting_code" varchar(25) null, "contract_start_date" date null, "contract_end_date" date null, "status" text check ("status" in ('AC', 'IN', 'DE', 'ID')) not null default 'AC', "offline" boolean not null default false, constraint "health_facility_pkey" primary key ("id"));`);
    this.addSql(`create index "health_facility_deleted_at_index" on "health_facility" ("deleted_at");`);
    this.addSql(`create index "health_facility_district_id_index" on "health_facility" ("district_id");`);
    this.addSql(`create unique index "health_facility_code_current_unique" on "health_facility" ("code") where "deleted_at" is null;`);

    this.addSql(`alter table "location" add constraint "location_parent_id_foreign" foreign key ("parent_id") references "location" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "health_facility" add constraint "health_facility_district_id_foreign" foreign key ("district_id") references "location" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "location" drop constraint "location_parent_id_foreign";`);

    this.addSql(`alter table "health_facility" drop constraint "health_facility_district_id_foreign";`);

    this.addSql(`drop table if exists "location" cascade;`);

    this.addSql(`drop table if exists "health_facility" cascade;`);
  }
}
