import { connect } from '@nats-io/transport-node';
import { v7 } from 'uuid';
import { createEvent } from '@imis/contracts';
import { ensureStream, OutboxRelay, recordEvent, streamName } from '../src';
import { messagingTestContext, quietLogger, waitFor, type MessagingTestContext } from './support/messaging-test-context';
import { orderPlacedEvent } from './support/test-events';
import { TestOrder } from './support/test-order.entity';

describe('outbox relay: no event lost, none duplicated', () => {
  let ctx: MessagingTestContext;
  let stream: string;
  const eventIds: string[] = [];

  beforeAll(async () => {
    ctx = await messagingTestContext('outbox_relay');
    stream = streamName(ctx.prefix, 'test');
  });

  afterAll(async () => {
    await ctx?.close();
  });

  /** Commits `count` orders, each with its event, in transactions of 10. */
  async function placeOrders(count: number): Promise<void> {
    for (let done = 0; done < count; done += 10) {
      await ctx.em.fork().transactional(async (em) => {
        for (let i = 0; i < 10; i++) {
          const order = em.create(TestOrder, { id: v7(), quantity: done + i });
          const event = createEvent(orderPlacedEvent, { subject: order.id, data: { orderId: order.id, quantity: order.quantity } });
          recordEvent(em, event);
          eventIds.push(event.id);
        }
      });
    }
  }

  const unsent = async () => Number((await ctx.em.fork().execute<{ n: string }[]>('select count(*) as n from outbox where sent_at is null'))[0].n);

  async function publishedMsgIds(): Promise<string[]> {
    const { state } = await ctx.jsm.streams.info(stream);
    const ids: string[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
      const stored = await ctx.jsm.streams.getMessage(stream, { seq });
      ids.push(stored!.header.get('Nats-Msg-Id'));
    }
    return ids;
  }

  const relay = (nc = ctx.nc, pollMs = 100) => new OutboxRelay({ em: ctx.em, nc, prefix: ctx.prefix, batchSize: 40, pollMs, logger: quietLogger });

  it('keeps events committed while JetStream is unavailable and publishes them once it is back', async () => {
    await placeOrders(60);
    const closed = await connect({ servers: ctx.natsUrl });
    await closed.close();
    const offline = relay(closed); // NATS connection gone
    offline.start();
    const noStream = relay(); // connected, but no stream captures the subjects yet
    noStream.start();
    await waitFor(() => offline.stats.failed > 0 && noStream.stats.failed > 0, 10_000, 'failed publications');
    await offline.stop();
    expect(await unsent()).toBe(60);

    await ensureStream(ctx.jsm, { prefix: ctx.prefix, service: 'test' });
    await waitFor(async () => (await unsent()) === 0, 30_000, 'outbox drained');
    await noStream.stop();
    expect((await publishedMsgIds()).sort()).toEqual([...eventIds].sort());
  });

  it('publishes a backlog exactly once with two relays competing, woken by NOTIFY', async () => {
    const [first, second] = [relay(ctx.nc, 60_000), relay(ctx.nc, 60_000)]; // no polling: only NOTIFY wakes them
    first.start();
    second.start();
    await placeOrders(200);
    await waitFor(async () => (await unsent()) === 0, 30_000, 'outbox drained');
    await Promise.all([first.stop(), second.stop()]);

    const ids = await publishedMsgIds();
    expect(ids).toHaveLength(260);
    expect(new Set(ids).size).toBe(260);
    expect(ids.sort()).toEqual([...eventIds].sort());
    expect(first.stats.published + second.stats.published).toBe(200);
  });

  it('publishes no duplicate when rows are relayed again (crash before marking, restart)', async () => {
    // A relay that died after JetStream acked but before its commit leaves the rows unsent.
    await ctx.em.fork().execute("update outbox set sent_at = null where id in (select id from outbox order by id desc limit 50)");
    const restarted = relay();
    restarted.start();
    await waitFor(async () => (await unsent()) === 0, 30_000, 'outbox drained');
    const again = relay(); // and a relay over rows already sent has nothing to do
    expect(await again.relayOnce()).toEqual({ claimed: 0, sent: 0 });
    await restarted.stop();

    expect(restarted.stats.published).toBe(50); // acked by JetStream as duplicates
    const ids = await publishedMsgIds();
    expect(ids).toHaveLength(260);
    expect(new Set(ids).size).toBe(260);
  });

  it('purges rows sent before the retention period, never unsent ones', async () => {
    await ctx.em.fork().execute('update outbox set sent_at = null where id = ?', [eventIds[0]]);
    expect(await relay().purgeSent(0)).toBe(259);
    const [{ n }] = await ctx.em.fork().execute<{ n: string }[]>('select count(*) as n from outbox');
    expect([Number(n), await unsent()]).toEqual([1, 1]);
  });
});
