import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124130000_search_functions } from './Migration20261124130000_search_functions';
import { Migration20261124132346_initial } from './Migration20261124132346_initial';
import { Migration20261124133006_card_signing_key } from './Migration20261124133006_card_signing_key';
import { Migration20261124132935_import_phase } from './Migration20261124132935_import_phase';
import { Migration20261124152606_family_foreign_key } from './Migration20261124152606_family_foreign_key';
import { Migration20261124201500_import_content_uncompressed } from './Migration20261124201500_import_content_uncompressed';
import { Migration20261125091000_import_job_rows } from './Migration20261125091000_import_job_rows';
import { Migration20261203083030_creation_order } from './Migration20261203083030_creation_order';

/**
 * Applied in this order, after the migrations of the libraries the service uses (outbox, inbox,
 * client_mutation, history, the location and health-facility projections: see insureePersistence);
 * listed explicitly so that nothing is discovered from the file system at run time.
 */
export const insureeMigrations: MigrationObject[] = [
  // pg_trgm, unaccent and imis_fold(), which the insuree table's generated search column needs.
  { name: 'Migration20261124130000_search_functions', class: Migration20261124130000_search_functions },
  { name: 'Migration20261124132346_initial', class: Migration20261124132346_initial },
  { name: 'Migration20261124133006_card_signing_key', class: Migration20261124133006_card_signing_key },
  // The import's phase (VALIDATING, WRITING) for progress.
  { name: 'Migration20261124132935_import_phase', class: Migration20261124132935_import_phase },
  // Every insuree's family exists (the code checked it; now the database does too).
  { name: 'Migration20261124152606_family_foreign_key', class: Migration20261124152606_family_foreign_key },
  // Uploaded files are kept uncompressed until their import finishes.
  { name: 'Migration20261124201500_import_content_uncompressed', class: Migration20261124201500_import_content_uncompressed },
  // A job row (libs/jobs' `job` table, created with the libraries' tables) for every unfinished import.
  { name: 'Migration20261125091000_import_job_rows', class: Migration20261125091000_import_job_rows },
  // Lists page in creation order: a (created_at, id) index per large list.
  { name: 'Migration20261203083030_creation_order', class: Migration20261203083030_creation_order },
];
