import type { EntityManager } from '@mikro-orm/postgresql';
import type { CloudEvent } from '@imis/contracts';

export interface HandlerContext {
  /** Transactional EntityManager: the inbox row and the handler's effect commit together. */
  em: EntityManager;
  consumer: string;
  /** 1 on first delivery. */
  deliveryCount: number;
  streamSequence: number;
  /** When JetStream stored the event. */
  publishedAt: Date;
}

/** Applies one event; must only touch the database through `context.em` (it may run more than once). */
export type EventHandler<T> = (event: CloudEvent<T>, context: HandlerContext) => Promise<void>;

export interface CommittedDelivery {
  event: CloudEvent<unknown>;
  /** When JetStream stored the event. */
  publishedAt: Date;
}
