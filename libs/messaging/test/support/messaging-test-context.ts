import { MikroORM } from '@mikro-orm/core';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { serviceOrmConfig } from '@imis/persistence';
import { createTestDatabase, randomEventPrefix, testInfrastructure, type TestDatabase } from '@imis/testing';
import { InboxMessage, OUTBOX_ROUTINES_SQL, OutboxMessage } from '../../src';
import { Tally } from './tally.entity';
import { TestOrder } from './test-order.entity';

export interface MessagingTestContext {
  db: TestDatabase;
  orm: MikroORM<PostgreSqlDriver>;
  em: EntityManager;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  prefix: string;
  natsUrl: string;
  close(): Promise<void>;
}

/** A fresh database with the messaging tables, a NATS connection and a private event prefix. */
export async function messagingTestContext(label: string): Promise<MessagingTestContext> {
  const { natsUrl } = await testInfrastructure();
  const db = await createTestDatabase(label);
  const orm = await MikroORM.init<PostgreSqlDriver>(
    serviceOrmConfig({ service: label, serverUrl: db.serverUrl, database: db.name, entities: [OutboxMessage, InboxMessage, TestOrder, Tally], migrations: [] }),
  );
  await orm.schema.createSchema();
  for (const sql of OUTBOX_ROUTINES_SQL) await orm.em.getConnection().execute(sql);
  const nc = await connect({ servers: natsUrl });
  const jsm = await jetstreamManager(nc);
  const prefix = randomEventPrefix();
  return {
    db,
    orm,
    em: orm.em as EntityManager,
    nc,
    js: jetstream(nc),
    jsm,
    prefix,
    natsUrl,
    async close() {
      await deleteStreams(jsm, prefix);
      await nc.close();
      await orm.close(true);
      await db.drop();
    },
  };
}

async function deleteStreams(jsm: JetStreamManager, prefix: string): Promise<void> {
  const streamPrefix = `${prefix.slice(0, -1).toUpperCase()}_`;
  for await (const name of jsm.streams.names()) {
    if (name.startsWith(streamPrefix)) await jsm.streams.delete(name);
  }
}

export async function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs = 20_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Keeps expected warnings (NATS down, handler failures) out of the test output. */
export const quietLogger = { log: () => undefined, warn: () => undefined, error: () => undefined };
