import type { MigrationObject } from '@mikro-orm/core';
import { OutboxNotifyMigration, OutboxPayloadJsonMigration } from '@imis/messaging';
import { Migration20261124071754_initial } from './Migration20261124071754_initial';

/** Applied in this order; listed explicitly so that nothing is discovered from the file system at run time. */
export const locationMigrations: MigrationObject[] = [
  { name: 'Migration20261124071754_initial', class: Migration20261124071754_initial },
  // Wakes the outbox relay on insert; needs the outbox table created above.
  { name: 'Migration20261124071755_outbox_notify', class: OutboxNotifyMigration },
  // Outbox payloads as json text: cheaper to write and to relay than jsonb.
  { name: 'Migration20261124200000_outbox_payload_json', class: OutboxPayloadJsonMigration },
];
