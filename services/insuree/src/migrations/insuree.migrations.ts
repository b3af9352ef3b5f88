import type { MigrationObject } from '@mikro-orm/core';
import { OutboxNotifyMigration } from '@imis/messaging';
import { Migration20261124130000_search_functions } from './Migration20261124130000_search_functions';
import { Migration20261124132346_initial } from './Migration20261124132346_initial';

/** Applied in this order; listed explicitly so that nothing is discovered from the file system at run time. */
export const insureeMigrations: MigrationObject[] = [
  // pg_trgm, unaccent and imis_fold(), which the insuree table's generated search column needs.
  { name: 'Migration20261124130000_search_functions', class: Migration20261124130000_search_functions },
  { name: 'Migration20261124132346_initial', class: Migration20261124132346_initial },
  // Wakes the outbox relay on insert; needs the outbox table created above.
  { name: 'Migration20261124132347_outbox_notify', class: OutboxNotifyMigration },
];
