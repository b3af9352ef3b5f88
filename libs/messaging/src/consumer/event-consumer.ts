import type { EntityManager } from '@mikro-orm/postgresql';
import { jetstream, jetstreamManager, type ConsumerMessages, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import type { EventContract } from '@imis/contracts';
import { ensureDlqStream, ensureStream } from '../ensure-stream';
import { consoleLogger, errorMessage, type MessagingLogger } from '../logger';
import { backoffMs, sleep } from '../timing';
import { watchConsumerBacklog } from '../backlog-metrics';
import { eventLag, eventsHandled } from '../metrics';
import { dlqSubject, subjectOf } from '../naming';
import { uuidv7Floor } from '../uuid-floor';
import { DeadLetterQueue } from './dead-letter';
import { decodeDelivery, type Delivery, type RegisteredHandler } from './delivery';
import { ensureConsumer } from './ensure-consumer';
import type { CommittedDelivery, EventHandler } from './event-handler';
import { handleInTransaction } from './inbox-transaction';
import { isTransientDatabaseError } from './transient-error';

const DEFAULT_INBOX_RETENTION_MS = 7 * 24 * 3600 * 1000;
const PURGE_EVERY_MS = 10 * 60 * 1000;
const PURGE_INBOX_SQL = `delete from inbox where consumer = ? and event_id in
  (select event_id from inbox where consumer = ? and event_id < ?::uuid and processed_at < ? limit 10000)`;

export interface EventConsumerOptions {
  /** Durable consumer name, unique per consuming service and purpose, e.g. "claim-location-projection". */
  name: string;
  /** The service whose stream is consumed. */
  sourceService: string;
  prefix: string;
  em: EntityManager;
  nc: NatsConnection;
  /** Only these event types (a subject pattern without prefix, e.g. "imis.location.location.>"). */
  filterSubject?: string;
  /** Deliveries before a failing event goes to the dead-letter subject (CONSUMER_MAX_DELIVER). */
  maxDeliver?: number;
  ackWaitMs?: number;
  /** First redelivery delay after a handler error, doubled on each further attempt. */
  nakDelayMs?: number;
  /** Events handled per transaction. */
  batchSize?: number;
  logger?: MessagingLogger;
  /**
   * Inbox rows of events created and handled longer ago than this are deleted (0 keeps them); default 7
   * days, well past any redelivery. A consumer reset to replay older events then applies them again:
   * handlers compare versions.
   */
  inboxRetentionMs?: number;
  /** Called after each commit with the events it applied or skipped as duplicates (metrics, benchmarks). */
  onCommitted?: (deliveries: readonly CommittedDelivery[]) => void;
}

/**
 * Durable JetStream pull consumer with an inbox: each batch of events is handled in one transaction
 * together with their inbox rows, then acknowledged. A redelivered event finds its inbox row and has no
 * second effect. When a batch fails, its events are retried one by one so only the failing one is
 * redelivered (with a growing delay), and dead-lettered on its last delivery. While the database is
 * unavailable, the batch is retried in place.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, RegisteredHandler>();
  private readonly js: JetStreamClient;
  private readonly maxDeliver: number;
  private readonly batchSize: number;
  private readonly logger: MessagingLogger;
  private readonly deadLetters: DeadLetterQueue;
  private readonly buffer: JsMsg[] = [];
  private messages?: ConsumerMessages;
  private draining?: Promise<void>;
  private stopping = false;
  private purgeTimer?: NodeJS.Timeout;
  private stopBacklogWatch?: () => void;

  constructor(private readonly options: EventConsumerOptions) {
    this.js = jetstream(options.nc);
    this.maxDeliver = options.maxDeliver ?? 5;
    this.batchSize = options.batchSize ?? 250;
    this.logger = options.logger ?? consoleLogger;
    this.deadLetters = new DeadLetterQueue(this.js, dlqSubject(options.prefix, options.name), options.name, this.logger);
  }

  get name(): string {
    return this.options.name;
  }

  on<T>(contract: EventContract<T>, handler: EventHandler<T>): this {
    if (this.messages) throw new Error(`Consumer ${this.name} is running: register handlers before start()`);
    this.handlers.set(contract.type, { contract, handler } as unknown as RegisteredHandler);
    return this;
  }

  async start(): Promise<void> {
    if (this.messages) return;
    this.stopping = false;
    const { prefix, sourceService } = this.options;
    const jsm = await jetstreamManager(this.options.nc);
    const stream = await ensureStream(jsm, { prefix, service: sourceService });
    await ensureDlqStream(jsm, prefix);
    const filterSubject = this.options.filterSubject ? subjectOf(prefix, this.options.filterSubject) : undefined;
    const change = await ensureConsumer(jsm, stream, {
      name: this.name,
      filterSubject,
      maxDeliver: this.maxDeliver,
      ackWaitMs: this.options.ackWaitMs ?? 30_000,
      maxAckPending: this.batchSize * 4,
    });
    if (change === 'refiltered') this.logger.warn(`consumer ${this.name}: filter subject is now ${filterSubject}; recreated from its first unacknowledged event`);
    const consumer = await this.js.consumers.get(stream, this.name);
    this.messages = await consumer.consume({ max_messages: this.batchSize * 2, callback: (msg) => this.enqueue(msg) });
    this.stopBacklogWatch = watchConsumerBacklog(this.name, async () => {
      const info = await consumer.info(false);
      return { pending: info.num_pending, ackPending: info.num_ack_pending };
    });
    const retention = this.options.inboxRetentionMs ?? DEFAULT_INBOX_RETENTION_MS;
    if (retention > 0) {
      this.purgeTimer = setInterval(() => void this.purgeInbox(retention).catch((error: unknown) => this.logger.warn(`inbox purge failed: ${errorMessage(error)}`)), PURGE_EVERY_MS);
      this.purgeTimer.unref();
    }
  }

  /**
   * Deletes up to 10,000 of this consumer's inbox rows whose event was created, and handled, more than
   * `retentionMs` ago; returns how many. Event ids are UUID v7, so the creation bound is a range of the
   * primary key; rows of old events handled recently (a consumer catching up) are kept until they age too.
   */
  async purgeInbox(retentionMs: number): Promise<number> {
    const cutoff = Date.now() - retentionMs;
    const result = await this.options.em.fork().execute<{ affectedRows: number }>(PURGE_INBOX_SQL, [this.name, this.name, uuidv7Floor(cutoff), new Date(cutoff)], 'run');
    return result.affectedRows;
  }

  /** Stops pulling, finishes the batch in progress and hands unstarted messages back for redelivery. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.purgeTimer);
    this.stopBacklogWatch?.();
    this.stopBacklogWatch = undefined;
    await this.messages?.close();
    this.messages = undefined;
    await this.draining;
    for (const msg of this.buffer.splice(0)) msg.nak();
  }

  private enqueue(msg: JsMsg): void {
    if (this.stopping) return msg.nak();
    this.buffer.push(msg);
    this.kick();
  }

  private kick(): void {
    if (this.draining || this.buffer.length === 0 || this.stopping) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      this.kick();
    });
  }

  private async drain(): Promise<void> {
    while (this.buffer.length > 0 && !this.stopping) {
      try {
        await this.processBatch(this.buffer.splice(0, this.batchSize));
      } catch (error) {
        this.logger.error(`consumer ${this.name}: ${errorMessage(error)}`);
      }
    }
  }

  private async processBatch(batch: JsMsg[]): Promise<void> {
    const deliveries: Delivery[] = [];
    for (const msg of batch) {
      const delivery = await this.decode(msg);
      if (delivery) deliveries.push(delivery);
    }
    if (deliveries.length === 0) return;
    const error = await this.handle(deliveries);
    if (error === undefined) return;
    if (deliveries.length === 1) return this.failed(deliveries[0], error);
    // Some handler failed: apply the events one by one so only the failing one is redelivered.
    for (const delivery of deliveries) {
      const single = await this.handle([delivery]);
      if (single !== undefined) await this.failed(delivery, single);
    }
  }

  /** Handles deliveries in one transaction and acks them; retries in place while the database is unavailable. */
  private async handle(deliveries: Delivery[]): Promise<unknown> {
    for (let attempt = 1; ; attempt++) {
      try {
        this.succeeded(deliveries, await handleInTransaction(this.options.em, this.name, deliveries));
        return undefined;
      } catch (error) {
        if (!isTransientDatabaseError(error)) return error;
        if (this.stopping) {
          for (const { msg } of deliveries) msg.nak();
          return undefined;
        }
        if (attempt === 1 || attempt % 10 === 0) this.logger.warn(`consumer ${this.name}: database unavailable (${errorMessage(error)}), retrying`);
        for (const { msg } of deliveries) msg.working(); // keep them ours meanwhile
        await sleep(backoffMs(attempt, 100, 10_000));
      }
    }
  }

  private async decode(msg: JsMsg): Promise<Delivery | undefined> {
    try {
      const delivery = decodeDelivery(msg, this.handlers);
      if (!delivery) {
        msg.ack();
        eventsHandled.inc({ consumer: this.name, outcome: 'ignored' });
      }
      return delivery;
    } catch (error) {
      await this.deadLetters.send(msg, error); // a malformed event will never succeed: no retries
      return undefined;
    }
  }

  private succeeded(deliveries: Delivery[], duplicates: number): void {
    const now = Date.now();
    for (const { msg } of deliveries) {
      msg.ack();
      eventLag.observe({ consumer: this.name }, Math.max(0, now - msg.info.timestampNanos / 1e6) / 1000);
    }
    eventsHandled.inc({ consumer: this.name, outcome: 'handled' }, deliveries.length - duplicates);
    if (duplicates > 0) eventsHandled.inc({ consumer: this.name, outcome: 'duplicate' }, duplicates);
    this.options.onCommitted?.(deliveries.map(({ event, msg }) => ({ event, publishedAt: new Date(msg.info.timestampNanos / 1e6) })));
  }

  private async failed(delivery: Delivery, error: unknown): Promise<void> {
    const { msg, event } = delivery;
    const attempt = msg.info.deliveryCount;
    if (attempt >= this.maxDeliver) return this.deadLetters.send(msg, error);
    const delay = (this.options.nakDelayMs ?? 1000) * 2 ** (attempt - 1);
    this.logger.warn(`consumer ${this.name}: ${event.type} ${event.id} failed (delivery ${attempt}/${this.maxDeliver}), retry in ${delay} ms: ${errorMessage(error)}`);
    msg.nak(delay);
    eventsHandled.inc({ consumer: this.name, outcome: 'retried' });
  }
}
