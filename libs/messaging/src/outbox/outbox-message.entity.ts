import { Entity, Index, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { JsonTextType } from './json-text.type';

/**
 * An event waiting to be published. Written in the same transaction as the aggregate change it
 * describes; the relay publishes it and stamps `sentAt`.
 */
@Entity({ tableName: 'outbox' })
@Index({ name: 'outbox_unsent_idx', expression: 'create index "outbox_unsent_idx" on "outbox" ("id") where "sent_at" is null' })
export class OutboxMessage {
  /** The event id (UUID v7, time-ordered: the relay publishes in id order and purges by id range). */
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** NATS subject without EVENT_PREFIX, i.e. the event type. */
  @Property({ type: 'text' })
  subject!: string;

  /** The whole CloudEvent, as JSON text (json column). */
  @Property({ type: JsonTextType })
  payload!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;
}
