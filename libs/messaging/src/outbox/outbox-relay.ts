import type { EntityManager } from '@mikro-orm/postgresql';
import type { NatsConnection } from '@nats-io/nats-core';
import type { ClientConfig } from 'pg';
import { watchOutboxBacklog } from '../backlog-metrics';
import { consoleLogger, errorMessage, type MessagingLogger } from '../logger';
import { subjectOf } from '../naming';
import { backoffMs } from '../timing';
import { uuidv7Floor } from '../uuid-floor';
import { MAX_EVENT_BYTES } from './event-size';
import { JetStreamBatchPublisher } from './jetstream-batch-publisher';
import { relayOutboxBatch, type OutboxBatchSettings, type RelayCycle } from './outbox-batch';
import { outboxBacklog } from './outbox-backlog';
import { OutboxListener } from './outbox-listener';

export interface OutboxRelayOptions {
  /** The root EntityManager of the service's database (the relay forks it). */
  em: EntityManager;
  nc: NatsConnection;
  prefix: string;
  /** Rows claimed per transaction (OUTBOX_BATCH_SIZE). */
  batchSize?: number;
  /** Publications awaiting their JetStream ack at once. */
  maxInFlight?: number;
  /** Poll interval when no NOTIFY arrives (OUTBOX_POLL_MS). */
  pollMs?: number;
  publishTimeoutMs?: number;
  /** LISTEN for the outbox NOTIFY trigger (OutboxNotifyMigration); default true. */
  listen?: boolean;
  /** Sent rows older than this are deleted (0 keeps them); default 7 days. */
  sentRetentionMs?: number;
  logger?: MessagingLogger;
}

// Event ids are UUID v7: an id range is a time range, scanned on the primary key (no sent_at index to maintain).
const PURGE_SQL = 'delete from outbox where id in (select id from outbox where id < ?::uuid and sent_at is not null limit 10000)';
const PURGE_EVERY_MS = 10 * 60 * 1000;
/** Nats-Msg-Id and the other headers travel within max_payload too. */
const HEADERS_ROOM = 4096;

/**
 * Publishes committed outbox rows to JetStream. Rows are claimed with FOR UPDATE SKIP LOCKED (any number
 * of relays may run), published with Nats-Msg-Id = event id (JetStream drops re-publications within its
 * duplicate window) and stamped sent in the same transaction, only once acknowledged. A failed publication
 * leaves its row unsent; the relay backs off and retries. (Claiming the next batch while publishing
 * the current one was measured: no gain, since PostgreSQL and NATS share the same cores.)
 */
export class OutboxRelay {
  readonly stats = { published: 0, failed: 0 };
  private readonly publisher: JetStreamBatchPublisher;
  private readonly settings: OutboxBatchSettings;
  private readonly logger: MessagingLogger;
  private running?: Promise<void>;
  private stopping = false;
  private wakeRequested = false;
  private interrupt?: () => void;
  private interruptible = false;
  private listener?: OutboxListener;
  private lastPurge = 0;
  private stopBacklogWatch?: () => void;

  constructor(private readonly options: OutboxRelayOptions) {
    subjectOf(options.prefix, 'x'); // validates the prefix once
    this.publisher = new JetStreamBatchPublisher(options.nc);
    const batchSize = options.batchSize ?? 500;
    this.settings = {
      prefix: options.prefix,
      batchSize,
      maxInFlight: options.maxInFlight ?? Math.min(batchSize, 1000),
      publishTimeoutMs: options.publishTimeoutMs ?? 5000,
      stats: this.stats,
    };
    this.logger = options.logger ?? consoleLogger;
  }

  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.warnIfServerRefusesLargeEvents();
    if (this.options.listen ?? true) {
      const connection = this.options.em.getConnection().getConnectionOptions() as ClientConfig;
      this.listener = new OutboxListener(connection, () => this.wake(), this.logger);
      void this.listener.start();
    }
    this.running = this.loop();
    // imis_outbox_backlog and the oldest unsent event's age, sampled when metrics are scraped.
    this.stopBacklogWatch = watchOutboxBacklog(() => outboxBacklog(this.options.em));
  }

  private warnIfServerRefusesLargeEvents(): void {
    const maxPayload = this.options.nc.info?.max_payload;
    if (maxPayload !== undefined && maxPayload < MAX_EVENT_BYTES + HEADERS_ROOM) {
      this.logger.warn(`outbox relay: the NATS server's max_payload is ${maxPayload} bytes, below the ${MAX_EVENT_BYTES} an event may have; raise it (default 1 MiB)`);
    }
  }

  /** Finishes the batch in progress (acked rows are marked sent), then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.stopBacklogWatch?.();
    this.stopBacklogWatch = undefined;
    this.interrupt?.();
    await this.running;
    this.running = undefined;
    await this.listener?.stop();
    this.listener = undefined;
    this.publisher.close();
  }

  /** Asks for a cycle now (the NOTIFY trigger calls it through the listener). */
  wake(): void {
    this.wakeRequested = true;
    if (this.interruptible) this.interrupt?.();
  }

  /** One transaction: claim and mark a batch, publish it, unmark what JetStream did not acknowledge. */
  relayOnce(): Promise<RelayCycle> {
    return relayOutboxBatch(this.options.em, this.publisher, this.settings);
  }

  /** Deletes up to 10,000 rows sent longer than `retentionMs` ago; returns how many. */
  async purgeSent(retentionMs: number): Promise<number> {
    const result = await this.options.em.fork().execute<{ affectedRows: number }>(PURGE_SQL, [uuidv7Floor(Date.now() - retentionMs)], 'run');
    return result.affectedRows;
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      this.wakeRequested = false;
      const cycle = await this.relayOnce().catch((error: unknown): RelayCycle => ({ claimed: 0, sent: 0, error }));
      if (cycle.error !== undefined) {
        failures++;
        if (failures === 1 || failures % 20 === 0) {
          this.logger.warn(`outbox relay: ${errorMessage(cycle.error)} (attempt ${failures}); unsent rows are kept and retried`);
        }
        await this.idle(backoffMs(failures), false);
        continue;
      }
      failures = this.recovered(failures);
      await this.purgeIfDue();
      if (cycle.claimed < this.settings.batchSize) await this.idle(this.options.pollMs ?? 1000, true);
    }
  }

  private recovered(failures: number): number {
    if (failures > 0) this.logger.log(`outbox relay recovered after ${failures} failed attempts`);
    return 0;
  }

  private idle(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopping || (wakeable && this.wakeRequested)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.interrupt = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.interrupt = done;
      this.interruptible = wakeable;
    });
  }

  private async purgeIfDue(): Promise<void> {
    const retention = this.options.sentRetentionMs ?? 7 * 24 * 3600 * 1000;
    if (retention <= 0 || Date.now() - this.lastPurge < PURGE_EVERY_MS) return;
    this.lastPurge = Date.now();
    try {
      await this.purgeSent(retention);
    } catch (error) {
      this.logger.warn(`outbox purge failed: ${errorMessage(error)}`);
    }
  }
}
