/**
 * Event backbone benchmark (not a test). A producing service (this process: outbox writes with
 * createEvent + recordEvent + flush, and the OutboxRelay) and a consuming service (a child process: an
 * inbox EventConsumer), against the local PostgreSQL and NATS. After a warm-up, two phases of N events:
 *   backlog: N events already committed, then relay and consumer start (their throughput);
 *   live:    N events written while the relay and consumer run (the whole pipeline).
 *   node -r @swc-node/register bench/event-backbone/run.ts [N=20000]
 * Env: DATABASE_URL, NATS_URL, WRITERS (4), WRITE_BATCH (500), OUTBOX_BATCH_SIZE (1000), RELAY_IN_FLIGHT (1000),
 *      CONSUMER_BATCH (500).
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'child_process';
import { randomBytes, randomUUID } from 'crypto';
import { cpus } from 'os';
import { join } from 'path';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createEvent } from '@imis/contracts';
import { dlqStreamName, ensureStream, InboxMessage, OUTBOX_ROUTINES_SQL, OutboxMessage, OutboxRelay, recordEvent } from '@imis/messaging';
import { dropDatabase, ensureDatabase, serviceOrmConfig } from '@imis/persistence';
import { benchEvent, quietLogger, setting, type ConsumerSetup, type PhaseReport } from './bench-event';

const N = Number(process.argv[2] ?? 20_000);
const rate = (count: number, ms: number) => Math.round(count / (ms / 1000)).toLocaleString('en');

async function writeEvents(em: EntityManager, from: number, count: number): Promise<void> {
  const batch = setting('WRITE_BATCH', 500);
  let next = from;
  const writer = async (): Promise<void> => {
    while (next < from + count) {
      const start = next;
      const end = Math.min(from + count, start + batch);
      next = end;
      await em.fork().transactional(async (tx) => {
        for (let sequence = start; sequence < end; sequence++) {
          const itemId = randomUUID();
          recordEvent(tx, createEvent(benchEvent, { subject: itemId, data: { itemId, sequence } }));
        }
      });
    }
  };
  await Promise.all(Array.from({ length: setting('WRITERS', 4) }, writer));
}

/** Rate at which JetStream stored a range of messages (first to last stored timestamp). */
async function storedRate(jsm: JetStreamManager, stream: string, firstSeq: number, lastSeq: number): Promise<string> {
  const [first, last] = await Promise.all([jsm.streams.getMessage(stream, { seq: firstSeq }), jsm.streams.getMessage(stream, { seq: lastSeq })]);
  return rate(lastSeq - firstSeq + 1, last!.time.getTime() - first!.time.getTime());
}

function startConsumerProcess(setup: ConsumerSetup): { child: ChildProcess; ready: Promise<void>; nextReport: () => Promise<PhaseReport> } {
  const child = fork(join(__dirname, 'consumer-process.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: { ...process.env, BENCH_SETUP: JSON.stringify(setup) },
  });
  const reports: PhaseReport[] = [];
  let waiting: ((report: PhaseReport) => void) | undefined;
  let readyResolve!: () => void;
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  child.on('message', (message: { kind: string; report?: PhaseReport }) => {
    if (message.kind === 'ready') readyResolve();
    if (message.kind === 'phase' && message.report) {
      if (waiting) waiting(message.report);
      else reports.push(message.report);
      waiting = undefined;
    }
  });
  child.on('exit', (code) => code && console.error(`consumer process exited with ${code}`));
  const nextReport = () => (reports.length ? Promise.resolve(reports.shift()!) : new Promise<PhaseReport>((resolve) => (waiting = resolve)));
  return { child, ready, nextReport };
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const natsUrl = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
  const tag = randomBytes(4).toString('hex');
  const database = `imis_bench_events_${tag}`;
  const prefix = `b${tag}.`;
  await ensureDatabase(databaseUrl, database);
  const orm = await MikroORM.init<PostgreSqlDriver>(
    serviceOrmConfig({ service: 'bench', serverUrl: databaseUrl, database, entities: [OutboxMessage, InboxMessage], migrations: [] }),
  );
  const em = orm.em as EntityManager;
  const nc = await connect({ servers: natsUrl });
  const jsm = await jetstreamManager(nc);
  let stream: string | undefined;
  let consumer: ReturnType<typeof startConsumerProcess> | undefined;
  try {
    await orm.schema.createSchema();
    for (const sql of OUTBOX_ROUTINES_SQL) await em.getConnection().execute(sql);
    stream = await ensureStream(jsm, { prefix, service: 'bench' });
    consumer = startConsumerProcess({ databaseUrl, database, natsUrl, prefix });
    await consumer.ready;
    const relay = new OutboxRelay({
      em, nc, prefix, batchSize: setting('OUTBOX_BATCH_SIZE', 1000), maxInFlight: setting('RELAY_IN_FLIGHT', 1000), logger: quietLogger,
    });
    console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), node ${process.version}; ${N.toLocaleString('en')} events per phase`);
    console.log(`settings: ${setting('WRITERS', 4)} writers x ${setting('WRITE_BATCH', 500)} events per transaction, relay batch ${setting('OUTBOX_BATCH_SIZE', 1000)} / ${setting('RELAY_IN_FLIGHT', 1000)} in flight, consumer batch ${setting('CONSUMER_BATCH', 500)}`);

    const warmup = Math.max(1000, Math.round(N / 10));
    const phases = [
      { name: 'warm-up', count: warmup, offset: 0 },
      { name: 'backlog', count: N, offset: warmup },
      { name: 'live', count: N, offset: warmup + N },
    ];
    consumer.child.send({ kind: 'start' });
    relay.start();
    for (const { name, count, offset } of phases) {
      consumer.child.send({ kind: 'phase', expect: count });
      const report = consumer.nextReport();
      let startedAt = Date.now();
      let cpu = process.cpuUsage();
      if (name === 'backlog') {
        await relay.stop();
        await writeEvents(em, offset, count);
        const writeCpu = process.cpuUsage(cpu);
        console.log(`\n[backlog] outbox writes: ${rate(count, Date.now() - startedAt)} events/s, ${Math.round((writeCpu.user + writeCpu.system) / count)} µs CPU per event`);
        startedAt = Date.now();
        cpu = process.cpuUsage();
        relay.start();
      } else {
        await writeEvents(em, offset, count);
        if (name === 'live') console.log(`\n[live] outbox writes: ${rate(count, Date.now() - startedAt)} events/s (while relaying and consuming)`);
      }
      const { lastHandledAt, lagP50, lagP99, cpuMicros } = await report;
      const producerCpu = process.cpuUsage(cpu);
      if (name === 'warm-up') continue;
      console.log(`[${name}] relay publish: ${await storedRate(jsm, stream, offset + 1, offset + count)} events/s (first to last stored in JetStream)`);
      console.log(`[${name}] end-to-end: ${rate(count, lastHandledAt - startedAt)} events/s (${name === 'backlog' ? 'relay start' : 'first write'} to last handler commit)`);
      console.log(`[${name}] consumer lag (stored in JetStream -> handler committed): p50 ${lagP50} ms, p99 ${lagP99} ms`);
      const producer = Math.round((producerCpu.user + producerCpu.system) / count);
      console.log(`[${name}] node CPU per event: producer ${producer} µs (${name === 'backlog' ? 'relay' : 'writes + relay'}), consumer ${Math.round(cpuMicros / count)} µs`);
    }
    await relay.stop();
    const [{ n: inbox }] = await em.fork().execute<{ n: string }[]>('select count(*) as n from inbox');
    const { state } = await jsm.streams.info(stream);
    const total = phases.reduce((sum, phase) => sum + phase.count, 0);
    console.log(`\ncheck: stream ${state.messages}, inbox ${inbox} (expected ${total} each, warm-up included)`);
    if (state.messages !== total || Number(inbox) !== total) process.exitCode = 1;
  } finally {
    consumer?.child.send({ kind: 'stop' });
    await new Promise((resolve) => (consumer ? consumer.child.once('exit', resolve) : resolve(undefined)));
    for (const name of [stream, dlqStreamName(prefix)]) if (name) await jsm.streams.delete(name).catch(() => undefined);
    await nc.close();
    await orm.close(true);
    await dropDatabase(databaseUrl, database);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
