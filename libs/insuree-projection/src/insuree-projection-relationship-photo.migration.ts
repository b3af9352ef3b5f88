import { Migration } from '@mikro-orm/migrations';

/** The members' relationship (policy value: "others") and photo date (renewal reminders), added after 0001 (idempotent). */
export class InsureeProjectionRelationshipPhotoMigration extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "projected_insuree" add column if not exists "relationship" text null, add column if not exists "photo_date" date null;');
  }

  override async down(): Promise<void> {
    this.addSql('alter table "projected_insuree" drop column if exists "relationship", drop column if exists "photo_date";');
  }
}
