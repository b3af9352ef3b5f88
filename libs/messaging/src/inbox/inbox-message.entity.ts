import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * An event a consumer has already handled. Inserted in the same transaction as the handler's effect:
 * a redelivered event finds its row and is skipped.
 */
@Entity({ tableName: 'inbox' })
export class InboxMessage {
  /** Durable consumer name. */
  @PrimaryKey({ type: 'text' })
  consumer!: string;

  @PrimaryKey({ type: 'uuid' })
  eventId!: string;

  @Property({ type: 'text' })
  eventType!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  processedAt: Opt<Date> = new Date();
}
