import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { NatsConnection } from '@nats-io/nats-core';
import { AckPolicy } from '@nats-io/jetstream';
import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { v7 } from 'uuid';
import { createEvent, isEventOf, type CloudEvent } from '@imis/contracts';
import { serviceOrmConfig } from '@imis/persistence';
import { DurableConsumer, ensureStream, InboxMessage, MessagingModule, NATS_CONNECTION, OnEvent, OutboxMessage, subjectOf, type HandlerContext } from '../src';
import { messagingTestContext, waitFor, type MessagingTestContext } from './support/messaging-test-context';
import { Tally } from './support/tally.entity';
import { invoiceSentEvent, orderCancelledEvent, orderLifecycle, orderPlacedEvent } from './support/test-events';
import { TestOrder } from './support/test-order.entity';

/** Every call of the handler, beside its database effect. */
const seen: { type: string; consumer: string; attempt: number }[] = [];

@Injectable()
@DurableConsumer('order-tally', { covers: [orderLifecycle], nakDelayMs: 50 })
class OrderTallyHandlers {
  private failedOnce = false;

  @OnEvent(orderLifecycle)
  async count(event: CloudEvent<{ orderId: string }>, { em, consumer, deliveryCount }: HandlerContext): Promise<void> {
    seen.push({ type: event.type, consumer, attempt: deliveryCount });
    const key = isEventOf(event, orderPlacedEvent) ? `placed:${event.data.quantity}` : 'cancelled';
    await em.execute('insert into test_tally (key, count) values (?, 1) on conflict (key) do update set count = test_tally.count + 1', [key]);
    // The first cancellation fails after writing: its effect rolls back with its inbox row, and the retry applies it once.
    if (event.type === orderCancelledEvent.type && !this.failedOnce) {
      this.failedOnce = true;
      throw new Error('fails once');
    }
  }
}

@Injectable()
@DurableConsumer('order-tally')
class SameNameHandlers {
  @OnEvent(orderPlacedEvent)
  async placed(): Promise<void> {}
}

@Injectable()
@DurableConsumer('careless', { covers: [orderLifecycle] })
class UncoveringHandlers {
  @OnEvent(orderPlacedEvent)
  async placed(): Promise<void> {}
}

describe('@DurableConsumer and @OnEvent: handlers discovered by MessagingModule', () => {
  let ctx: MessagingTestContext;
  let stream: string;
  let app: INestApplicationContext | undefined;

  /** What a module that fails to boot leaves open (Nest does not close it): closed by the test. */
  const opened: { close(): Promise<unknown> }[] = [];

  const appModule = (...handlers: unknown[]) => {
    @Module({
      imports: [
        MikroOrmModule.forRoot(serviceOrmConfig({ service: 'billing', serverUrl: ctx.db.serverUrl, database: ctx.db.name, entities: [OutboxMessage, InboxMessage, TestOrder, Tally], migrations: [] })),
        MessagingModule.forRoot({ service: 'billing', natsUrl: ctx.natsUrl, prefix: ctx.prefix, relay: false }),
      ],
      providers: [
        ...(handlers as never[]),
        { provide: 'opened', useFactory: (nc: NatsConnection, orm: MikroORM) => opened.push(nc, { close: () => orm.close(true) }), inject: [NATS_CONNECTION, MikroORM] },
      ],
    })
    class BillingModule {}
    return BillingModule;
  };

  beforeAll(async () => {
    ctx = await messagingTestContext('durable_consumer');
    stream = await ensureStream(ctx.jsm, { prefix: ctx.prefix, service: 'test' });
  });

  afterAll(async () => {
    await app?.close();
    await ctx?.close();
  });

  const publish = async (event: CloudEvent<unknown>) => ctx.js.publish(subjectOf(ctx.prefix, event.type), JSON.stringify(event), { msgID: event.id });
  const tally = async (key: string) => (await ctx.em.fork().findOne(Tally, { key }))?.count ?? 0;

  it('runs the handlers of a discovered class as one durable consumer named and filtered from its contracts', async () => {
    const orderId = v7();
    await publish(createEvent(orderPlacedEvent, { subject: orderId, data: { orderId, quantity: 3 } }));
    await publish(createEvent(invoiceSentEvent, { subject: orderId, data: { invoiceId: v7() } }));
    await publish(createEvent(orderCancelledEvent, { subject: orderId, data: { orderId } }));
    await publish(createEvent(orderPlacedEvent, { subject: orderId, data: { orderId, quantity: 4 } }));
    // A consumer of that name left by an older release, which handled only placed orders and acknowledged the
    // first: recreated with the derived filter, it goes on from there (the first order is not applied again).
    await ctx.jsm.consumers.add(stream, { durable_name: 'billing-order-tally', ack_policy: AckPolicy.Explicit, filter_subject: subjectOf(ctx.prefix, orderPlacedEvent.type) });
    const old = await ctx.js.consumers.get(stream, 'billing-order-tally');
    (await old.next())!.ack();
    await waitFor(async () => (await ctx.jsm.consumers.info(stream, 'billing-order-tally')).ack_floor.stream_seq === 1, 20_000, 'old consumer acked');

    app = await NestFactory.createApplicationContext(appModule(OrderTallyHandlers), { logger: false });
    const settled = async () => (await ctx.jsm.consumers.info(stream, 'billing-order-tally')).num_ack_pending === 0;
    await waitFor(async () => (await tally('cancelled')) === 1 && (await tally('placed:4')) === 1 && (await settled()), 20_000, 'events handled');

    const info = await ctx.jsm.consumers.info(stream, 'billing-order-tally');
    expect(info.config.filter_subject).toBe(subjectOf(ctx.prefix, 'imis.test.order.>'));
    expect([await tally('placed:3'), await tally('cancelled'), await tally('placed:4')]).toEqual([0, 1, 1]);
    expect(new Set(seen.map((entry) => entry.consumer))).toEqual(new Set(['billing-order-tally']));
    expect(seen.filter((entry) => entry.type === orderCancelledEvent.type).length).toBeGreaterThanOrEqual(2); // the failed attempt left nothing
    const inbox = await ctx.em.fork().execute<{ event_type: string }[]>("select event_type from inbox where consumer = 'billing-order-tally' order by event_type");
    expect(inbox.map((row) => row.event_type)).toEqual([orderCancelledEvent.type, orderPlacedEvent.type]); // the invoice never reached it
    await app.close();
    app = undefined;
    opened.length = 0;
  });

  it('refuses to boot a consumer that covers a group without handling all of it, or two classes under one name', async () => {
    await expect(NestFactory.createApplicationContext(appModule(UncoveringHandlers), { logger: false, abortOnError: false })).rejects.toThrow(
      /UncoveringHandlers covers every event of a test order but has no handler for imis.test.order.cancelled.v1/,
    );
    await expect(NestFactory.createApplicationContext(appModule(OrderTallyHandlers, SameNameHandlers), { logger: false, abortOnError: false })).rejects.toThrow(
      /two consumers named billing-order-tally/,
    );
    await Promise.all(opened.splice(0).map((resource) => resource.close()));
  });
});
