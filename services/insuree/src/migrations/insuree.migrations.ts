import type { MigrationObject } from '@mikro-orm/core';
import { healthFacilityProjectionMigrations, locationProjectionMigrations } from '@imis/location-projection';
import { OutboxNotifyMigration, OutboxPayloadJsonMigration } from '@imis/messaging';
import { Migration20261124130000_search_functions } from './Migration20261124130000_search_functions';
import { Migration20261124132346_initial } from './Migration20261124132346_initial';
import { Migration20261124133006_card_signing_key } from './Migration20261124133006_card_signing_key';
import { Migration20261124132935_import_phase } from './Migration20261124132935_import_phase';
import { Migration20261124152606_family_foreign_key } from './Migration20261124152606_family_foreign_key';
import { Migration20261124201500_import_content_uncompressed } from './Migration20261124201500_import_content_uncompressed';

/** Applied in this order; listed explicitly so that nothing is discovered from the file system at run time. */
export const insureeMigrations: MigrationObject[] = [
  // pg_trgm, unaccent and imis_fold(), which the insuree table's generated search column needs.
  { name: 'Migration20261124130000_search_functions', class: Migration20261124130000_search_functions },
  { name: 'Migration20261124132346_initial', class: Migration20261124132346_initial },
  // Wakes the outbox relay on insert; needs the outbox table created above.
  { name: 'Migration20261124132347_outbox_notify', class: OutboxNotifyMigration },
  { name: 'Migration20261124133006_card_signing_key', class: Migration20261124133006_card_signing_key },
  // The import's phase (VALIDATING, WRITING) for progress.
  { name: 'Migration20261124132935_import_phase', class: Migration20261124132935_import_phase },
  // Every insuree's family exists (the code checked it; now the database does too).
  { name: 'Migration20261124152606_family_foreign_key', class: Migration20261124152606_family_foreign_key },
  // Outbox payloads as json text: cheaper to write and to relay than jsonb.
  { name: 'Migration20261124200000_outbox_payload_json', class: OutboxPayloadJsonMigration },
  // Uploaded files are kept uncompressed until their import finishes.
  { name: 'Migration20261124201500_import_content_uncompressed', class: Migration20261124201500_import_content_uncompressed },
  // The projections' own table definitions (created by the initial migration already: these change nothing here).
  ...locationProjectionMigrations,
  ...healthFacilityProjectionMigrations,
];
