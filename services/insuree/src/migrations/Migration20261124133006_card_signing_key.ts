import { Migration } from '@mikro-orm/migrations';

export class Migration20261124133006_card_signing_key extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "card_signing_key" ("kid" text not null, "private_jwk" jsonb not null, "public_jwk" jsonb not null, "created_at" timestamptz not null, "retired_at" timestamptz null, constraint "card_signing_key_pkey" primary key ("kid"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "card_signing_key" cascade;`);
  }

}
