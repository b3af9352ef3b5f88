export { dlqStreamName, dlqSubject, serviceSubjects, streamName, subjectOf } from './naming';
export { DUPLICATE_WINDOW_MS, ensureDlqStream, ensureStream } from './ensure-stream';
export type { StreamTarget } from './ensure-stream';
export { OutboxMessage } from './outbox/outbox-message.entity';
export { recordEvent } from './outbox/record-event';
export { assertEventFits, EventTooLarge, MAX_EVENT_BYTES } from './outbox/event-size';
export { OUTBOX_CHANNEL, OUTBOX_NOTIFY_DOWN_SQL, OUTBOX_NOTIFY_UP_SQL, OutboxNotifyMigration } from './outbox/outbox-notify.migration';
export { OutboxPayloadJsonMigration } from './outbox/outbox-payload-json.migration';
export { OutboxRelay } from './outbox/outbox-relay';
export type { OutboxRelayOptions } from './outbox/outbox-relay';
export type { RelayCycle } from './outbox/outbox-batch';
export { InboxMessage } from './inbox/inbox-message.entity';
export { EventConsumer } from './consumer/event-consumer';
export type { EventConsumerOptions } from './consumer/event-consumer';
export type { CommittedDelivery, EventHandler, HandlerContext } from './consumer/event-handler';
export { durableConsumerName, subscriptionOf } from './consumer/subscription';
export type { Subscription } from './consumer/subscription';
export { planConsumer } from './consumer/consumer-plan';
export type { ConsumerDeclaration, ConsumerPlan, ConsumerRoute, HandlerDeclaration } from './consumer/consumer-plan';
export { DurableConsumer } from './nest/durable-consumer.decorator';
export type { DurableConsumerOptions } from './nest/durable-consumer.decorator';
export { OnEvent } from './nest/on-event.decorator';
export type { EventHandlerMethod } from './nest/on-event.decorator';
export { MessagingModule } from './nest/messaging.module';
export type { MessagingModuleAsyncOptions } from './nest/messaging.module';
export { MESSAGING_OPTIONS, messagingOptionsFrom, NATS_CONNECTION } from './nest/messaging.options';
export type { MessagingEnv, MessagingModuleOptions } from './nest/messaging.options';
export { MessagingRuntime } from './nest/messaging.runtime';
export type { ConsumerRegistration } from './nest/messaging.runtime';
export type { MessagingLogger } from './logger';

import { InboxMessage } from './inbox/inbox-message.entity';
import { OutboxMessage } from './outbox/outbox-message.entity';

/** Entities a service using messaging lists in its ORM config. */
export const messagingEntities = [OutboxMessage, InboxMessage];
