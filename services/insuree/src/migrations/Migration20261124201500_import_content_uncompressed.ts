import { Migration } from '@mikro-orm/migrations';

/**
 * An uploaded import file is stored out of line without compression: it lives only until its import
 * finishes (then it is emptied), and compressing several MB with pglz on upload, then decompressing them
 * in the worker, cost more time than the disk it would save for those minutes.
 */
export class Migration20261124201500_import_content_uncompressed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "insuree_import" alter column "content" set storage external;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "insuree_import" alter column "content" set storage extended;`);
  }
}
