export { dlqStreamName, dlqSubject, serviceSubjects, streamName, subjectOf } from './naming';
export { DUPLICATE_WINDOW_MS, ensureDlqStream, ensureStream } from './ensure-stream';
export type { StreamTarget } from './ensure-stream';
export { OutboxMessage } from './outbox/outbox-message.entity';
export { recordEvent } from './outbox/record-event';
export { BulkOutboxWriter } from './outbox/bulk-outbox.writer';
export { outboxInsert, outboxRowOf } from './outbox/outbox-row';
export type { OutboxRow, OutboxStatement } from './outbox/outbox-row';
export { assertEventFits, EventTooLarge, MAX_EVENT_BYTES } from './outbox/event-size';
export { OUTBOX_CHANNEL, OUTBOX_NOTIFY_DOWN_SQL, OUTBOX_NOTIFY_UP_SQL, OutboxNotifyMigration } from './outbox/outbox-notify.migration';
export { OutboxPayloadJsonMigration } from './outbox/outbox-payload-json.migration';
export { MessagingTablesMigration } from './outbox/messaging-tables.migration';
export { messagingPersistence } from './messaging.persistence';
export { OutboxRelay } from './outbox/outbox-relay';
export type { OutboxRelayOptions } from './outbox/outbox-relay';
export type { RelayCycle } from './outbox/outbox-batch';
export { InboxMessage } from './inbox/inbox-message.entity';
export { EventConsumer } from './consumer/event-consumer';
export type { EventConsumerOptions } from './consumer/event-consumer';
export type { CommittedDelivery, EventHandler, HandlerContext } from './consumer/event-handler';
export { MessagingModule } from './nest/messaging.module';
export type { MessagingModuleAsyncOptions } from './nest/messaging.module';
export { MESSAGING_OPTIONS, messagingOptionsFrom, NATS_CONNECTION } from './nest/messaging.options';
export type { MessagingEnv, MessagingModuleOptions } from './nest/messaging.options';
export { MessagingRuntime } from './nest/messaging.runtime';
export type { ConsumerRegistration } from './nest/messaging.runtime';
export type { MessagingLogger } from './logger';

import { InboxMessage } from './inbox/inbox-message.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';

/** The outbox and inbox entities (a service lists `messagingPersistence` in its `uses` instead). */
export const messagingEntities = [OutboxMessage, InboxMessage];
