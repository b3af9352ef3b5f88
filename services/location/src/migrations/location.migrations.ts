import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124071754_initial } from './Migration20261124071754_initial';
import { Migration20261203083045_creation_order } from './Migration20261203083045_creation_order';

/**
 * Applied in this order, after the migrations of the libraries the service uses (outbox, inbox,
 * client_mutation, history: see locationPersistence); listed explicitly so that nothing is discovered from
 * the file system at run time.
 */
export const locationMigrations: MigrationObject[] = [
  { name: 'Migration20261124071754_initial', class: Migration20261124071754_initial },
  // Lists page in creation order: a (created_at, id) index per large list.
  { name: 'Migration20261203083045_creation_order', class: Migration20261203083045_creation_order },
];
