import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202222225_initial } from './Migration20261202222225_initial';
import { Migration20261203051656_officer_projection } from './Migration20261203051656_officer_projection';
import { Migration20261203052334_notifications_premiums } from './Migration20261203052334_notifications_premiums';
import { Migration20261203083115_creation_order } from './Migration20261203083115_creation_order';

/**
 * Applied in this order, after the migrations of the libraries the service uses (paymentPersistence);
 * listed explicitly so that nothing is discovered from the file system at run time. Write the next one
 * with tools/create-migration.ts and add it at the end.
 */
export const paymentMigrations: MigrationObject[] = [
  { name: 'Migration20261202222225_initial', class: Migration20261202222225_initial },
  { name: 'Migration20261203051656_officer_projection', class: Migration20261203051656_officer_projection },
  { name: 'Migration20261203052334_notifications_premiums', class: Migration20261203052334_notifications_premiums },
  // Lists page in creation order: a (created_at, id) index per large list.
  { name: 'Migration20261203083115_creation_order', class: Migration20261203083115_creation_order },
];
