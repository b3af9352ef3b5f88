import { v7 } from 'uuid';
import { createEvent, type CloudEvent } from '@imis/contracts';
import { currentCorrelationId, runWithCorrelationId } from '@imis/observability';
import { dlqStreamName, dlqSubject, ensureDlqStream, ensureStream, EventConsumer, recordEvent, streamName, subjectOf, type HandlerContext } from '../src';
import { messagingTestContext, quietLogger, waitFor, type MessagingTestContext } from './support/messaging-test-context';
import { Tally } from './support/tally.entity';
import { orderCancelledEvent, orderPlacedEvent } from './support/test-events';

describe('event consumer: inbox, redelivery and dead letters', () => {
  let ctx: MessagingTestContext;
  let stream: string;

  beforeAll(async () => {
    ctx = await messagingTestContext('event_consumer');
    stream = await ensureStream(ctx.jsm, { prefix: ctx.prefix, service: 'test' });
    await ensureDlqStream(ctx.jsm, ctx.prefix);
  });

  afterAll(async () => {
    await ctx?.close();
  });

  async function publish(event: CloudEvent<unknown>, msgID = event.id): Promise<void> {
    await ctx.js.publish(subjectOf(ctx.prefix, event.type), JSON.stringify(event), { msgID });
  }

  const placed = () => {
    const orderId = v7();
    return createEvent(orderPlacedEvent, { subject: orderId, data: { orderId, quantity: 1 } });
  };

  /** The handler's effect: one increment of the order's tally per application. */
  async function countOnce(key: string, { em }: HandlerContext): Promise<void> {
    await em.execute('insert into test_tally (key, count) values (?, 1) on conflict (key) do update set count = test_tally.count + 1', [key]);
  }

  const tally = async (key: string) => (await ctx.em.fork().findOne(Tally, { key }))?.count ?? 0;

  async function settled(name: string): Promise<boolean> {
    const info = await ctx.jsm.consumers.info(stream, name);
    return info.num_pending === 0 && info.num_ack_pending === 0;
  }

  const consumer = (name: string, maxDeliver = 5) =>
    new EventConsumer({ name, sourceService: 'test', prefix: ctx.prefix, em: ctx.em, nc: ctx.nc, maxDeliver, nakDelayMs: 50, logger: quietLogger });

  it('applies a redelivered or replayed event only once', async () => {
    const first = placed();
    const second = placed();
    let secondFailures = 0;
    const build = () =>
      consumer('orders-once')
        .on(orderPlacedEvent, async (event, context) => {
          await countOnce(event.data.orderId, context);
          // The second event's first attempt fails after writing: its effect must roll back.
          if (event.id === second.id && secondFailures++ === 0) throw new Error('transient failure');
        });

    await publish(first);
    await publish(first, `${first.id}-republished`); // same event again, past JetStream de-duplication
    await publish(second);
    await publish(createEvent(orderCancelledEvent, { subject: first.subject, data: { orderId: first.data.orderId } })); // no handler
    const running = build();
    await running.start();
    await waitFor(() => settled('orders-once'), 20_000, 'consumer settled');
    await running.stop();
    expect(secondFailures).toBeGreaterThanOrEqual(2);
    expect([await tally(first.data.orderId), await tally(second.data.orderId)]).toEqual([1, 1]);

    // Replay the whole stream to the same consumer (reset): the inbox makes it harmless.
    await ctx.jsm.consumers.delete(stream, 'orders-once');
    const replaying = build();
    await replaying.start();
    await waitFor(async () => (await ctx.jsm.consumers.info(stream, 'orders-once')).delivered.stream_seq >= 4 && (await settled('orders-once')), 20_000, 'replay settled');
    await replaying.stop();
    expect([await tally(first.data.orderId), await tally(second.data.orderId)]).toEqual([1, 1]);
    const inbox = await ctx.em.fork().execute<{ n: string }[]>("select count(*) as n from inbox where consumer = 'orders-once'");
    expect(Number(inbox[0].n)).toBe(2);
  });

  it('dead-letters an event whose handler keeps failing, after the last delivery, and a malformed one at once', async () => {
    const doomed = placed();
    const deliveries = new Set<number>();
    const failing = consumer('orders-doomed', 3).on(orderPlacedEvent, async (event, context) => {
      if (event.id !== doomed.id) return;
      deliveries.add(context.deliveryCount);
      await countOnce(event.data.orderId, context);
      throw new Error('permanent failure');
    });
    await failing.start();
    await publish(doomed);
    await ctx.js.publish(subjectOf(ctx.prefix, 'imis.test.order.placed.v1'), 'not json', { msgID: v7() });

    const dlq = dlqStreamName(ctx.prefix);
    await waitFor(async () => (await ctx.jsm.streams.info(dlq)).state.messages >= 2, 20_000, 'dead letters');
    await waitFor(() => settled('orders-doomed'), 20_000, 'consumer settled');
    await failing.stop();

    expect([...deliveries].sort()).toEqual([1, 2, 3]);
    expect(await tally(doomed.data.orderId)).toBe(0);
    const letters = await Promise.all([1, 2].map((seq) => ctx.jsm.streams.getMessage(dlq, { seq })));
    const doomedLetter = letters.find((letter) => letter!.string() !== 'not json')!;
    expect(doomedLetter.subject).toBe(dlqSubject(ctx.prefix, 'orders-doomed'));
    expect(JSON.parse(doomedLetter.string()).id).toBe(doomed.id);
    expect(doomedLetter.header.get('Imis-Deliveries')).toBe('3');
    expect(doomedLetter.header.get('Imis-Error')).toBe('permanent failure');
    const malformed = letters.find((letter) => letter!.string() === 'not json')!;
    expect(malformed.header.get('Imis-Deliveries')).toBe('1');
    expect(malformed.header.get('Imis-Error')).toMatch(/not JSON/);
    expect(streamName(ctx.prefix, 'test')).toBe(stream);
  });

  it('carries the correlation id of the recording request to the handler', async () => {
    const event = placed();
    await runWithCorrelationId('request-42', () => ctx.em.fork().transactional(async (em) => recordEvent(em, event)));
    const [row] = await ctx.em.fork().execute<{ payload: string }[]>('select payload::text as payload from outbox where id = ?', [event.id]);
    const recorded = JSON.parse(row.payload) as CloudEvent<unknown>;
    expect(recorded.correlationid).toBe('request-42');

    let seen: string | undefined;
    const correlated = consumer('orders-correlated').on(orderPlacedEvent, async (handled) => {
      if (handled.id === event.id) seen = currentCorrelationId();
    });
    await correlated.start();
    await publish(recorded);
    await waitFor(() => seen !== undefined, 20_000, 'handler');
    await correlated.stop();
    expect(seen).toBe('request-42');
  });

  it('retries in place while the database is unavailable, without using up deliveries', async () => {
    const event = placed();
    const deliveries: number[] = [];
    const resilient = consumer('orders-resilient', 1).on(orderPlacedEvent, async (handled, context) => {
      if (handled.id !== event.id) return;
      deliveries.push(context.deliveryCount);
      // The first attempt loses its database connection mid-transaction (as in a server restart).
      if (deliveries.length === 1) await context.em.execute('select pg_terminate_backend(pg_backend_pid())');
      await countOnce(handled.data.orderId, context);
    });
    await resilient.start();
    await publish(event);
    await waitFor(async () => (await tally(event.data.orderId)) === 1, 20_000, 'event applied');
    await waitFor(() => settled('orders-resilient'), 20_000, 'consumer settled');
    await resilient.stop();
    expect(deliveries).toEqual([1, 1]); // retried by the consumer, not redelivered (max deliver is 1)
    const dlq = dlqStreamName(ctx.prefix);
    const { state } = await ctx.jsm.streams.info(dlq);
    const letters = await Promise.all(Array.from({ length: state.messages }, (_, i) => ctx.jsm.streams.getMessage(dlq, { seq: state.first_seq + i })));
    expect(letters.filter((letter) => letter!.string().includes(event.id))).toHaveLength(0);
  });

  it('purges inbox rows of events created and handled before the retention period, and only those', async () => {
    const day = 24 * 3600 * 1000;
    const idAt = (ms: number) => v7({ msecs: ms });
    const rows = {
      old: idAt(Date.now() - 10 * day),
      oldHandledRecently: idAt(Date.now() - 10 * day),
      recent: idAt(Date.now() - day),
      otherConsumer: idAt(Date.now() - 10 * day),
    };
    const insert = (consumer: string, eventId: string, processedAt: Date) =>
      ctx.em.fork().execute('insert into inbox (consumer, event_id, event_type, processed_at) values (?, ?, ?, ?)', [consumer, eventId, 'imis.test.order.placed.v1', processedAt]);
    await insert('orders-purge', rows.old, new Date(Date.now() - 10 * day));
    await insert('orders-purge', rows.oldHandledRecently, new Date());
    await insert('orders-purge', rows.recent, new Date(Date.now() - day));
    await insert('orders-other', rows.otherConsumer, new Date(Date.now() - 10 * day));

    expect(await consumer('orders-purge').purgeInbox(7 * day)).toBe(1);
    const left = await ctx.em.fork().execute<{ consumer: string; event_id: string }[]>("select consumer, event_id from inbox where consumer in ('orders-purge', 'orders-other')");
    expect(left.map((row) => row.event_id).sort()).toEqual([rows.oldHandledRecently, rows.recent, rows.otherConsumer].sort());
  });
});
