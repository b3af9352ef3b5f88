import { v7 } from 'uuid';
import { createEvent } from '@imis/contracts';
import { runWithCorrelationId } from '@imis/observability';
import { BulkOutboxWriter, ensureStream, EventTooLarge, OutboxRelay, streamName } from '../src';
import { messagingTestContext, quietLogger, waitFor, type MessagingTestContext } from './support/messaging-test-context';
import { orderCancelledEvent, orderPlacedEvent } from './support/test-events';
import { TestOrder } from './support/test-order.entity';

/** Many events written at once in the transaction of their change, then relayed like any other. */
describe('bulk outbox writer', () => {
  let ctx: MessagingTestContext;

  beforeAll(async () => {
    ctx = await messagingTestContext('bulk_outbox');
  });
  afterAll(() => ctx?.close());

  const placed = (quantity: number) => {
    const orderId = v7();
    return createEvent(orderPlacedEvent, { subject: orderId, data: { orderId, quantity } });
  };

  it('writes the events with their change, with the correlation id of the job or request, and the relay publishes them', async () => {
    const events = [...Array.from({ length: 600 }, (_, index) => placed(index)), createEvent(orderCancelledEvent, { subject: v7(), data: { orderId: v7() }, correlationId: 'its-own' })];
    await runWithCorrelationId('import-42', () =>
      ctx.em.fork().transactional(async (tx) => {
        tx.persist(tx.create(TestOrder, { id: v7(), quantity: 1 }));
        await BulkOutboxWriter.write(tx, events); // two statements: 500 rows, then 101
      }),
    );
    const rows = await ctx.em.fork().execute<{ n: string; correlated: string }[]>(
      `select count(*) as n, count(*) filter (where payload->>'correlationid' = 'import-42') as correlated from outbox`,
    );
    expect(rows).toEqual([{ n: '601', correlated: '600' }]);

    await ensureStream(ctx.jsm, { prefix: ctx.prefix, service: 'test' });
    const relay = new OutboxRelay({ em: ctx.em, nc: ctx.nc, prefix: ctx.prefix, batchSize: 200, pollMs: 100, logger: quietLogger });
    relay.start();
    await waitFor(async () => (await ctx.jsm.streams.info(streamName(ctx.prefix, 'test'))).state.messages === 601, 30_000, 'events published');
    await relay.stop();
    const last = await ctx.jsm.streams.getMessage(streamName(ctx.prefix, 'test'), { last_by_subj: `${ctx.prefix}${orderCancelledEvent.type}` });
    expect(last!.json<{ correlationid: string }>().correlationid).toBe('its-own');
  });

  it('keeps the JSON text of each event exactly as written (quotes, backslashes, escapes, non-ASCII)', async () => {
    const odd = createEvent(orderCancelledEvent, { subject: v7(), data: { orderId: v7() }, correlationId: 'O\'Neil "q" \\ \u0001 é 日本 \u2028' });
    const events = [placed(1), odd, placed(2)];
    const written = await ctx.em.fork().transactional((tx) => BulkOutboxWriter.write(tx, events));
    const stored = await ctx.em.fork().execute<{ id: string; payload: string }[]>('select id, payload::text as payload from outbox where id = any(?::uuid[])', [`{${events.map((event) => event.id).join(',')}}`]);
    const byId = new Map(stored.map((row) => [row.id, row.payload]));
    expect(written.map((row) => byId.get(row.id))).toEqual(written.map((row) => row.payload));
    expect(JSON.parse(byId.get(odd.id)!).correlationid).toBe('O\'Neil "q" \\ \u0001 é 日本 \u2028');
  });

  it('stores a large payload lz4-compressed where the server has lz4 (else as the server compresses by default)', async () => {
    const cancelled = createEvent(orderCancelledEvent, { subject: v7(), data: { orderId: v7() } });
    const large = { ...cancelled, data: { ...cancelled.data, note: 'lines '.repeat(1000) } };
    await ctx.em.fork().transactional((tx) => BulkOutboxWriter.write(tx, [large]));
    const [row] = await ctx.em.fork().execute<{ method: string; lz4: boolean }[]>(
      `select pg_column_compression(payload) as method, 'lz4' = any(enumvals) as lz4 from outbox, pg_settings where id = ? and name = 'default_toast_compression'`,
      [large.id],
    );
    expect(row.method).toBe(row.lz4 ? 'lz4' : 'pglz');
  });

  it('refuses an event too large to publish: nothing of the transaction is written', async () => {
    const before = await ctx.em.fork().execute<{ n: string }[]>('select count(*) as n from outbox');
    const huge = createEvent(orderCancelledEvent, { subject: v7(), data: { orderId: v7() }, correlationId: 'x'.repeat(200) });
    const tooLarge = { ...huge, data: { ...huge.data, note: 'é'.repeat(400_000) } };
    await expect(ctx.em.fork().transactional((tx) => BulkOutboxWriter.write(tx, [placed(1), tooLarge]))).rejects.toBeInstanceOf(EventTooLarge);
    expect(await ctx.em.fork().execute('select count(*) as n from outbox')).toEqual(before);
  });
});
