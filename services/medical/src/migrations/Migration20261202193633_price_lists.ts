import { Migration } from '@mikro-orm/migrations';

export class Migration20261202193633_price_lists extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "price_list" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "kind" text check ("kind" in ('ITEMS', 'SERVICES')) not null, "name" varchar(100) not null, "location_id" uuid null, "date" date not null, constraint "price_list_pkey" primary key ("id"));`);
    this.addSql(`create index "price_list_deleted_at_index" on "price_list" ("deleted_at");`);
    this.addSql(`create index "price_list_location_id_index" on "price_list" ("location_id");`);
    this.addSql(`create index "price_list_kind_deleted_at_index" on "price_list" ("kind", "deleted_at");`);

    this.addSql(`create table "facility_price_lists" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, "valid_from" timestamptz not null, "deleted_at" timestamptz null, "changed_by" text not null, "items_price_list_id" uuid null, "services_price_list_id" uuid null, constraint "facility_price_lists_pkey" primary key ("id"));`);
    this.addSql(`create index "facility_price_lists_deleted_at_index" on "facility_price_lists" ("deleted_at");`);
    this.addSql(`create index "facility_price_lists_items_price_list_id_index" on "facility_price_lists" ("items_price_list_id");`);
    this.addSql(`create index "facility_price_lists_services_price_list_id_index" on "facility_price_lists" ("services_price_list_id");`);

    this.addSql(`create table "price_list_detail" ("price_list_id" uuid not null, "entry_id" uuid not null, "price" numeric(18,2) null, constraint "price_list_detail_pkey" primary key ("price_list_id", "entry_id"));`);

    this.addSql(`alter table "facility_price_lists" add constraint "facility_price_lists_items_price_list_id_foreign" foreign key ("items_price_list_id") references "price_list" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "facility_price_lists" add constraint "facility_price_lists_services_price_list_id_foreign" foreign key ("services_price_list_id") references "price_list" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "price_list_detail" add constraint "price_list_detail_price_list_id_foreign" foreign key ("price_list_id") references "price_list" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "facility_price_lists" drop constraint "facility_price_lists_items_price_list_id_foreign";`);

    this.addSql(`alter table "facility_price_lists" drop constraint "facility_price_lists_services_price_list_id_foreign";`);

    this.addSql(`alter table "price_list_detail" drop constraint "price_list_detail_price_list_id_foreign";`);

    this.addSql(`drop table if exists "price_list" cascade;`);

    this.addSql(`drop table if exists "facility_price_lists" cascade;`);

    this.addSql(`drop table if exists "price_list_detail" cascade;`);
  }

}
