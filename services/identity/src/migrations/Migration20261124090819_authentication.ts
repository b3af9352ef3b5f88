import { Migration } from '@mikro-orm/migrations';

export class Migration20261124090819_authentication extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "credential" ("user_id" uuid not null, "password_hash" text not null, "changed_at" timestamptz not null, constraint "credential_pkey" primary key ("user_id"));`);

    this.addSql(`create table "login_throttle" ("username" text not null, "failures" int not null, "locked_until" timestamptz null, "last_failure_at" timestamptz not null, constraint "login_throttle_pkey" primary key ("username"));`);

    this.addSql(`create table "refresh_token" ("id" uuid not null, "family_id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, "created_at" timestamptz not null, constraint "refresh_token_pkey" primary key ("id"));`);
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);
    this.addSql(`create index "refresh_token_user_id_index" on "refresh_token" ("user_id");`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "signing_key" ("kid" text not null, "private_jwk" jsonb not null, "public_jwk" jsonb not null, "created_at" timestamptz not null, "retired_at" timestamptz null, constraint "signing_key_pkey" primary key ("kid"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "credential" cascade;`);

    this.addSql(`drop table if exists "login_throttle" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "signing_key" cascade;`);
  }

}
