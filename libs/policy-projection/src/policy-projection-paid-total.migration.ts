import { Migration } from '@mikro-orm/migrations';

// Idempotent like every library migration. Rows projected before it get 0 and false, then the money column
// loses its default (money columns have none: the entities declare none, so migrations:check sees no drift).
const COLUMNS = [
  'alter table "projected_policy" add column if not exists "paid_total" numeric(18,2) not null default 0;',
  'alter table "projected_policy" alter column "paid_total" drop default;',
  'alter table "projected_policy" add column if not exists "underpaid" boolean not null default false;',
];

/** The policy's paid total and underpaid flag, which every policy event now carries. */
export class PolicyProjectionPaidTotalMigration extends Migration {
  override async up(): Promise<void> {
    for (const sql of COLUMNS) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql('alter table "projected_policy" drop column if exists "underpaid";');
    this.addSql('alter table "projected_policy" drop column if exists "paid_total";');
  }
}
