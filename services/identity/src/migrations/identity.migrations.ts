import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124090120_initial } from './Migration20261124090120_initial';
import { Migration20261124090736_user_admin } from './Migration20261124090736_user_admin';
import { Migration20261124090737_system_roles } from './Migration20261124090737_system_roles';
import { Migration20261124090819_authentication } from './Migration20261124090819_authentication';
import { Migration20261203083041_creation_order } from './Migration20261203083041_creation_order';

/**
 * Applied in this order, after the migrations of the libraries the service uses (outbox, inbox,
 * client_mutation, history, the location and health-facility projections: see identityPersistence);
 * listed explicitly so that nothing is discovered from the file system at run time.
 */
export const identityMigrations: MigrationObject[] = [
  { name: 'Migration20261124090120_initial', class: Migration20261124090120_initial },
  { name: 'Migration20261124090736_user_admin', class: Migration20261124090736_user_admin },
  { name: 'Migration20261124090737_system_roles', class: Migration20261124090737_system_roles },
  { name: 'Migration20261124090819_authentication', class: Migration20261124090819_authentication },
  // Lists page in creation order: a (created_at, id) index per large list.
  { name: 'Migration20261203083041_creation_order', class: Migration20261203083041_creation_order },
];
