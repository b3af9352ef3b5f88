import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202193324_initial } from './Migration20261202193324_initial';
import { Migration20261202193513_diagnosis } from './Migration20261202193513_diagnosis';
import { Migration20261202193633_price_lists } from './Migration20261202193633_price_lists';
import { Migration20261203083053_creation_order } from './Migration20261203083053_creation_order';

/**
 * Applied in this order, after the migrations of the libraries the service uses (medicalPersistence);
 * listed explicitly so that nothing is discovered from the file system at run time. Write the next one
 * with tools/create-migration.ts and add it at the end.
 */
export const medicalMigrations: MigrationObject[] = [
  { name: 'Migration20261202193324_initial', class: Migration20261202193324_initial },
  { name: 'Migration20261202193513_diagnosis', class: Migration20261202193513_diagnosis },
  { name: 'Migration20261202193633_price_lists', class: Migration20261202193633_price_lists },
  // Lists page in creation order: a (created_at, id) index per large list.
  { name: 'Migration20261203083053_creation_order', class: Migration20261203083053_creation_order },
];
