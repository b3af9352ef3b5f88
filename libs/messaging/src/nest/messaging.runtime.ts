import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  OnModuleInit,
  Optional,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { ReadinessRegistry } from '@imis/observability';
import { EventConsumer, type EventConsumerOptions } from '../consumer/event-consumer';
import { ensureDlqStream, ensureStream } from '../ensure-stream';
import { OutboxRelay } from '../outbox/outbox-relay';
import { MESSAGING_OPTIONS, NATS_CONNECTION, type MessagingModuleOptions } from './messaging.options';

export type ConsumerRegistration = Pick<EventConsumerOptions, 'name' | 'sourceService' | 'filterSubject'> &
  Partial<Pick<EventConsumerOptions, 'maxDeliver' | 'ackWaitMs' | 'nakDelayMs' | 'batchSize'>>;

/**
 * The process's messaging: ensures its stream, runs the outbox relay and the registered consumers from
 * application bootstrap to shutdown, and reports NATS in /health/ready.
 */
@Injectable()
export class MessagingRuntime implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Messaging');
  private readonly consumers: EventConsumer[] = [];
  private relay?: OutboxRelay;

  constructor(
    @Inject(MESSAGING_OPTIONS) readonly options: MessagingModuleOptions,
    @Inject(NATS_CONNECTION) readonly connection: NatsConnection,
    private readonly orm: MikroORM,
    @Optional() private readonly readiness?: ReadinessRegistry,
  ) {}

  get em(): EntityManager {
    return this.orm.em as EntityManager;
  }

  /**
   * Declares a consumer by hand (a @DurableConsumer class is declared by discovery, which calls this);
   * call from a module's constructor or onModuleInit: it starts on bootstrap.
   */
  consumer(registration: ConsumerRegistration): EventConsumer {
    if (this.consumers.some((consumer) => consumer.name === registration.name)) throw new Error(`This process declares two consumers named ${registration.name}`);
    const consumer = new EventConsumer({
      ...this.options.consumers,
      ...registration,
      prefix: this.options.prefix,
      em: this.em,
      nc: this.connection,
      logger: this.logger,
    });
    this.consumers.push(consumer);
    return consumer;
  }

  async onModuleInit(): Promise<void> {
    const jsm = await jetstreamManager(this.connection);
    await ensureStream(jsm, { prefix: this.options.prefix, service: this.options.service, replicas: this.options.streamReplicas });
    await ensureDlqStream(jsm, this.options.prefix, this.options.streamReplicas);
    this.readiness?.register('nats', async () => {
      await Promise.race([this.connection.rtt(), new Promise((_, reject) => setTimeout(() => reject(new Error('NATS ping timed out')), 2000).unref())]);
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.relay !== false) {
      this.relay = new OutboxRelay({ ...this.options.relay, em: this.em, nc: this.connection, prefix: this.options.prefix, logger: this.logger });
      this.relay.start();
    }
    for (const consumer of this.consumers) await consumer.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
    await this.relay?.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.connection.isClosed()) await this.connection.drain();
  }
}
