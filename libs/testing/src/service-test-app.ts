import type { AddressInfo } from 'net';
import type { INestApplication } from '@nestjs/common';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import type { CloudEvent } from '@imis/contracts';
import { ensureStream, streamName, subjectOf } from '@imis/messaging';
import { infrastructureEnv, type TestEnv } from './service-test-env';
import { createTestDatabase, randomEventPrefix, type TestDatabase } from './test-database';

/** Response data as the tests see it: checked by assertions, not by types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GraphQLData = Record<string, any>;

export interface GraphQLResponse<T = GraphQLData> {
  status: number;
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface PublishedEvent {
  subject: string;
  type: string;
  subjectId: string;
  data: Record<string, unknown>;
}

/**
 * A service in-process on a random port, with its own database and event prefix, plus what tests look
 * at behind its back: SQL on its database and its JetStream stream. `create` builds the Nest app from the
 * env (raw variables, as the process would read them). Requests carry `headers` unless given their own
 * (e.g. a default user's token; `{}` then sends none).
 */
export class ServiceTestApp {
  private constructor(
    readonly service: string,
    readonly app: INestApplication,
    readonly url: string,
    readonly db: TestDatabase,
    readonly prefix: string,
    readonly env: TestEnv,
    private readonly sql: Client,
    readonly nats: NatsConnection,
    private readonly jsm: JetStreamManager,
    readonly headers: Record<string, string>,
  ) {}

  static async start(
    service: string,
    create: (env: TestEnv) => Promise<INestApplication>,
    overrides: TestEnv = {},
    headers: Record<string, string> = {},
  ): Promise<ServiceTestApp> {
    const db = await createTestDatabase(service);
    const prefix = randomEventPrefix();
    const env = { ...(await infrastructureEnv(db, prefix)), ...overrides };
    const app = await create(env);
    app.useLogger(false);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    const nats = await connect({ servers: env.NATS_URL });
    return new ServiceTestApp(service, app, `http://127.0.0.1:${port}`, db, prefix, env, sql, nats, await jetstreamManager(nats), headers);
  }

  async graphql<T = GraphQLData>(query: string, variables?: Record<string, unknown>, headers = this.headers): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<T>, 'status'>) };
  }

  /** Runs an operation that must succeed and returns its data. */
  async data<T = GraphQLData>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<T> {
    const response = await this.graphql<T>(query, variables, headers);
    if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  async query<R extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<R[]> {
    return (await this.sql.query<R>(text, values)).rows;
  }

  async count(table: string): Promise<number> {
    return (await this.counts([table]))[table];
  }

  /** Row counts of the given tables, to check that a refused command wrote nothing. */
  async counts(tables: readonly string[]): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of tables) {
      const [row] = await this.query<{ count: string }>(`select count(*) from "${table}"`);
      counts[table] = Number(row.count);
    }
    return counts;
  }

  /** Publishes events as another service would (e.g. location events for this service's projection). */
  async publishAs(sourceService: string, events: readonly CloudEvent<unknown>[]): Promise<void> {
    await ensureStream(this.jsm, { prefix: this.prefix, service: sourceService });
    const js = jetstream(this.nats);
    for (const event of events) {
      await js.publish(subjectOf(this.prefix, event.type), JSON.stringify(event), { msgID: event.id });
    }
  }

  /** Every event in this service's stream, once at least `atLeast` have been published by the relay. */
  async publishedEvents(atLeast: number, timeoutMs = 15_000): Promise<PublishedEvent[]> {
    const stream = streamName(this.prefix, this.service);
    const deadline = Date.now() + timeoutMs;
    let count = (await this.jsm.streams.info(stream)).state.messages;
    while (count < atLeast) {
      if (Date.now() > deadline) throw new Error(`Only ${count} of ${atLeast} events reached ${stream}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      count = (await this.jsm.streams.info(stream)).state.messages;
    }
    const events: PublishedEvent[] = [];
    for (let seq = 1; seq <= count; seq++) {
      const message = await this.jsm.streams.getMessage(stream, { seq });
      if (!message) continue;
      const event = message.json<{ type: string; subject: string; data: Record<string, unknown> }>();
      events.push({ subject: message.subject, type: event.type, subjectId: event.subject, data: event.data });
    }
    return events;
  }

  /** Waits until `probe` returns a truthy value (e.g. a projection caught up), polling every 50 ms. */
  async eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('Condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    await this.app.close();
    const streamPrefix = `${this.prefix.slice(0, -1).toUpperCase()}_`;
    for await (const name of this.jsm.streams.names()) if (name.startsWith(streamPrefix)) await this.jsm.streams.delete(name);
    await this.nats.close();
    await this.sql.end();
    await this.db.drop();
  }
}
