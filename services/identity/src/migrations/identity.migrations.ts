import type { MigrationObject } from '@mikro-orm/core';
import { healthFacilityProjectionMigrations, locationProjectionMigrations } from '@imis/location-projection';
import { OutboxNotifyMigration, OutboxPayloadJsonMigration } from '@imis/messaging';
import { Migration20261124090120_initial } from './Migration20261124090120_initial';
import { Migration20261124090736_user_admin } from './Migration20261124090736_user_admin';
import { Migration20261124090737_system_roles } from './Migration20261124090737_system_roles';
import { Migration20261124090819_authentication } from './Migration20261124090819_authentication';

/** Applied in this order; listed explicitly so that nothing is discovered from the file system at run time. */
export const identityMigrations: MigrationObject[] = [
  { name: 'Migration20261124090120_initial', class: Migration20261124090120_initial },
  // Wakes the outbox relay on insert; needs the outbox table created above.
  { name: 'Migration20261124090121_outbox_notify', class: OutboxNotifyMigration },
  { name: 'Migration20261124090736_user_admin', class: Migration20261124090736_user_admin },
  { name: 'Migration20261124090737_system_roles', class: Migration20261124090737_system_roles },
  { name: 'Migration20261124090819_authentication', class: Migration20261124090819_authentication },
  // Outbox payloads as json text: cheaper to write and to relay than jsonb.
  { name: 'Migration20261124200000_outbox_payload_json', class: OutboxPayloadJsonMigration },
  // The projections' own table definitions (created above already: these change nothing here).
  ...locationProjectionMigrations,
  ...healthFacilityProjectionMigrations,
];
