/** The consuming service of the benchmark, in its own process: an inbox EventConsumer on the bench stream. */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { connect } from '@nats-io/transport-node';
import { EventConsumer, InboxMessage, OutboxMessage } from '@imis/messaging';
import { serviceOrmConfig } from '@imis/persistence';
import { benchEvent, percentile, quietLogger, setting, type ConsumerSetup, type PhaseReport } from './bench-event';

async function main(): Promise<void> {
  const setup = JSON.parse(process.env.BENCH_SETUP ?? '{}') as ConsumerSetup;
  const orm = await MikroORM.init<PostgreSqlDriver>(
    serviceOrmConfig({ service: 'bench', serverUrl: setup.databaseUrl, database: setup.database, entities: [OutboxMessage, InboxMessage], migrations: [] }),
  );
  const nc = await connect({ servers: setup.natsUrl });
  let lags: number[] = [];
  let lastHandledAt = 0;
  let expected = Number.POSITIVE_INFINITY;
  let cpuStart = process.cpuUsage();
  const consumer = new EventConsumer({
    name: 'bench-consumer',
    sourceService: 'bench',
    prefix: setup.prefix,
    em: orm.em as EntityManager,
    nc,
    batchSize: setting('CONSUMER_BATCH', 500),
    logger: quietLogger,
    onCommitted: (deliveries) => {
      lastHandledAt = Date.now();
      for (const { publishedAt } of deliveries) lags.push(lastHandledAt - publishedAt.getTime());
      if (lags.length < expected) return;
      const cpu = process.cpuUsage(cpuStart);
      const report: PhaseReport = { handled: lags.length, lastHandledAt, lagP50: percentile(lags, 50), lagP99: percentile(lags, 99), cpuMicros: cpu.user + cpu.system };
      process.send?.({ kind: 'phase', report });
      lags = [];
    },
  }).on(benchEvent, async () => undefined); // the inbox row is the effect
  process.on('message', async (message: { kind: string; expect?: number }) => {
    if (message.kind === 'phase') {
      expected = message.expect ?? 0;
      cpuStart = process.cpuUsage();
    } else if (message.kind === 'start') {
      await consumer.start();
    } else if (message.kind === 'stop') {
      await consumer.stop();
      await nc.close();
      await orm.close(true);
      process.exit(0);
    }
  });
  process.send?.({ kind: 'ready' });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
