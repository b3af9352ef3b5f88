import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox payload becomes `json` (checked JSON text, kept as written) instead of `jsonb`: nothing reads
 * inside a payload on the way out, and jsonb cost the writer a parse into its binary form and the relay a
 * conversion back to text (about 0.6 s of the 0.8 s that 46 MB of import batch events cost PostgreSQL).
 * Changes only an outbox whose payload is still jsonb, so it can run again.
 */
export class OutboxPayloadJsonMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`do $$ begin
  if (select data_type from information_schema.columns where table_schema = current_schema() and table_name = 'outbox' and column_name = 'payload') = 'jsonb' then
    alter table "outbox" alter column "payload" type json using "payload"::json;
  end if;
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "outbox" alter column "payload" type jsonb using "payload"::jsonb;');
  }
}
