import { Migration } from '@mikro-orm/migrations';

/** Line traces as json text (ADR 0025): written once per adjudication, read whole, never queried inside. */
export class Migration20261203173000_trace_json extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "claim_item" alter column "trace" type json using "trace"::json;`);
    this.addSql(`alter table "claim_service" alter column "trace" type json using "trace"::json;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "claim_item" alter column "trace" type jsonb using "trace"::jsonb;`);
    this.addSql(`alter table "claim_service" alter column "trace" type jsonb using "trace"::jsonb;`);
  }

}
