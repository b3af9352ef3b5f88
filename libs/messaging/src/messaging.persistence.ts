import type { PersistenceContribution } from '@imis/persistence';
import { InboxMessage } from './inbox/inbox-message.entity';
import { MessagingTablesMigration } from './outbox/messaging-tables.migration';
import { OutboxClaimMigration } from './outbox/outbox-claim.migration';
import { OutboxLz4Migration } from './outbox/outbox-lz4.migration';
import { OutboxMessage } from './outbox/outbox-message.entity';
import { OutboxNotifyMigration } from './outbox/outbox-notify.migration';
import { OutboxPayloadJsonMigration } from './outbox/outbox-payload-json.migration';

/** The outbox and inbox tables, in the database of every service that publishes or consumes events. */
export const messagingPersistence: PersistenceContribution = {
  owner: 'messaging',
  entities: [OutboxMessage, InboxMessage],
  migrations: [
    { name: 'messaging_0001_outbox_inbox', class: MessagingTablesMigration },
    // Wakes the outbox relay on insert.
    { name: 'messaging_0002_outbox_notify', class: OutboxNotifyMigration },
    // Outbox payloads as json text on databases whose outbox was created with jsonb.
    { name: 'messaging_0003_outbox_payload_json', class: OutboxPayloadJsonMigration },
    // The relay's claim of unsent rows by a plain index scan (no heap recheck of rows sent since the last vacuum).
    { name: 'messaging_0004_outbox_claim', class: OutboxClaimMigration },
    // Large payloads compressed with lz4 where the server has it.
    { name: 'messaging_0005_outbox_lz4', class: OutboxLz4Migration },
  ],
};
