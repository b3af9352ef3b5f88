import { v7 } from 'uuid';
import { createEvent } from '@imis/contracts';
import { metricsRegistry } from '@imis/observability';
import { ensureStream, EventConsumer, OutboxRelay, outboxBacklog, recordEvent, streamName, subjectOf } from '../src';
import { messagingTestContext, quietLogger, waitFor, type MessagingTestContext } from './support/messaging-test-context';
import { orderPlacedEvent } from './support/test-events';

/** The value of each series of `metric` in the process's scrape, by its labels as written. */
async function scraped(metric: string): Promise<Map<string, number>> {
  const series = new Map<string, number>();
  for (const [, labels, value] of (await metricsRegistry.metrics()).matchAll(new RegExp(`^${metric}(\\{[^}]*\\})? (\\S+)$`, 'gm'))) {
    series.set(labels ?? '', Number(value));
  }
  return series;
}

describe('backlog gauges: outbox and consumers', () => {
  let ctx: MessagingTestContext;

  beforeAll(async () => {
    ctx = await messagingTestContext('backlog_metrics');
  });

  afterAll(async () => {
    await ctx?.close();
  });

  const recordOrders = (count: number) =>
    ctx.em.fork().transactional(async (em) => {
      for (let index = 0; index < count; index++) {
        const orderId = v7();
        recordEvent(em, createEvent(orderPlacedEvent, { subject: orderId, data: { orderId, quantity: index } }));
      }
    });

  it('reports the unsent outbox rows and the age of the oldest while the relay runs', async () => {
    await recordOrders(3);
    // No stream captures the subjects yet: every publication fails and the rows wait.
    const relay = new OutboxRelay({ em: ctx.em, nc: ctx.nc, prefix: ctx.prefix, pollMs: 50, logger: quietLogger });
    relay.start();
    await waitFor(() => relay.stats.failed > 0, 10_000, 'a failed publication');
    expect(await scraped('imis_outbox_backlog')).toEqual(new Map([['', 3]]));
    const [age] = (await scraped('imis_outbox_oldest_unsent_age_seconds')).values();
    expect(age).toBeGreaterThanOrEqual(0);
    expect(age).toBeLessThan(60);

    await ensureStream(ctx.jsm, { prefix: ctx.prefix, service: 'test' });
    await waitFor(async () => (await outboxBacklog(ctx.em)).unsent === 0, 30_000, 'outbox drained');
    expect(await outboxBacklog(ctx.em)).toEqual({ unsent: 0, oldestUnsentAt: null });
    await relay.stop();
    // No relay reports it any more: unknown, not 0.
    expect([...(await scraped('imis_outbox_backlog')).values()]).toEqual([NaN]);
  });

  it("reports a running consumer's undelivered and unacknowledged events, and forgets it once stopped", async () => {
    await ensureStream(ctx.jsm, { prefix: ctx.prefix, service: 'test' });
    for (let index = 0; index < 6; index++) {
      const orderId = v7();
      const event = createEvent(orderPlacedEvent, { subject: orderId, data: { orderId, quantity: index } });
      await ctx.js.publish(subjectOf(ctx.prefix, event.type), JSON.stringify(event), { msgID: event.id });
    }
    let entered = false;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const consumer = new EventConsumer({ name: 'orders-backlog', sourceService: 'test', prefix: ctx.prefix, em: ctx.em, nc: ctx.nc, batchSize: 1, logger: quietLogger }).on(
      orderPlacedEvent,
      async () => {
        entered = true;
        await held;
      },
    );
    await consumer.start();
    try {
      await waitFor(() => entered, 10_000, 'the first event in its handler');
      const pending = (await scraped('imis_consumer_pending')).get('{consumer="orders-backlog"}');
      const ackPending = (await scraped('imis_consumer_ack_pending')).get('{consumer="orders-backlog"}');
      // The first event is held in its handler: none is acknowledged, each is either waiting or delivered
      // (the stream also holds the events the relay published above).
      const { messages } = (await ctx.jsm.streams.info(streamName(ctx.prefix, 'test'))).state;
      expect(messages).toBe(9);
      expect(ackPending).toBeGreaterThanOrEqual(1);
      expect(pending! + ackPending!).toBe(messages);

      release();
      const settled = async () => {
        const info = await ctx.jsm.consumers.info(streamName(ctx.prefix, 'test'), 'orders-backlog');
        return info.num_pending === 0 && info.num_ack_pending === 0;
      };
      await waitFor(settled, 30_000, 'every event handled');
    } finally {
      release();
      await consumer.stop();
    }
    expect((await scraped('imis_consumer_pending')).has('{consumer="orders-backlog"}')).toBe(false);
  });
});
