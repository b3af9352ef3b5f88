import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202221945_initial } from './Migration20261202221945_initial';
import { Migration20261203083108_creation_order } from './Migration20261203083108_creation_order';

/**
 * Applied in this order, after the migrations of the libraries the service uses (contributionPersistence);
 * listed explicitly so that nothing is discovered from the file system at run time. Write the next one
 * with tools/create-migration.ts and add it at the end.
 */
export const contributionMigrations: MigrationObject[] = [
  { name: 'Migration20261202221945_initial', class: Migration20261202221945_initial },
  // Lists page in creation order: a (created_at, id) index per large list.
  { name: 'Migration20261203083108_creation_order', class: Migration20261203083108_creation_order },
];
