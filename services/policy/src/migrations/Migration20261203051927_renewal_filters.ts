import { Migration } from '@mikro-orm/migrations';

export class Migration20261203051927_renewal_filters extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "policy_job_run" add column "location_id" uuid null, add column "officer_id" uuid null, add column "date_from" date null, add column "date_to" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "policy_job_run" drop column "location_id", drop column "officer_id", drop column "date_from", drop column "date_to";`);
  }

}
