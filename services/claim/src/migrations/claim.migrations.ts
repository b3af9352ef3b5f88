import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261202223733_initial } from './Migration20261202223733_initial';
import { Migration20261202225535_adjudication } from './Migration20261202225535_adjudication';
import { Migration20261203055506_queued_order } from './Migration20261203055506_queued_order';
import { Migration20261203083122_creation_order } from './Migration20261203083122_creation_order';
import { Migration20261203173000_trace_json } from './Migration20261203173000_trace_json';
import { Migration20261204032815_adjudication_error } from './Migration20261204032815_adjudication_error';

/**
 * Applied in this order, after the migrations of the libraries the service uses (claimPersistence);
 * listed explicitly so that nothing is discovered from the file system at run time. Write the next one
 * with tools/create-migration.ts and add it at the end.
 */
export const claimMigrations: MigrationObject[] = [
  { name: 'Migration20261202223733_initial', class: Migration20261202223733_initial },
  { name: 'Migration20261202225535_adjudication', class: Migration20261202225535_adjudication },
  { name: 'Migration20261203055506_queued_order', class: Migration20261203055506_queued_order },
  // Lists page in creation order: a (created_at, id) index per large list.
  { name: 'Migration20261203083122_creation_order', class: Migration20261203083122_creation_order },
  // Line traces as json text: one parse a batch instead of two.
  { name: 'Migration20261203173000_trace_json', class: Migration20261203173000_trace_json },
  // Claims set aside by adjudication keep why.
  { name: 'Migration20261204032815_adjudication_error', class: Migration20261204032815_adjudication_error },
];
