import type { AddressInfo } from 'net';
import type { INestApplication } from '@nestjs/common';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { loadConfig } from '@imis/config';
import { streamName } from '@imis/messaging';
import { createTestDatabase, randomEventPrefix, testInfrastructure, type TestDatabase } from '@imis/testing';
import { locationEnvSchema } from '../../src/config/location.config';
import { createLocationApp } from '../../src/location-app';

/** Response data as the tests see it: checked by assertions, not by types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type GraphQLData = Record<string, any>;

export interface GraphQLResponse<T = GraphQLData> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

export interface PublishedEvent {
  subject: string;
  type: string;
  subjectId: string;
  data: Record<string, unknown>;
}

/**
 * The location service in-process on a random port, with its own database and event prefix, plus what
 * the tests look at behind its back: table counts and the JetStream stream.
 */
export class LocationTestApp {
  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly db: TestDatabase,
    readonly prefix: string,
    private readonly sql: Client,
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
  ) {}

  static async start(label: string): Promise<LocationTestApp> {
    const { natsUrl } = await testInfrastructure();
    const db = await createTestDatabase(label);
    const prefix = randomEventPrefix();
    const env = loadConfig(locationEnvSchema, {
      DATABASE_URL: db.serverUrl,
      DATABASE_NAME: db.name,
      NATS_URL: natsUrl,
      EVENT_PREFIX: prefix,
      MIGRATE_ON_START: 'true',
      OUTBOX_POLL_MS: '100',
      LOG_LEVEL: 'warn',
    });
    const app = await createLocationApp(env);
    app.useLogger(false);
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    const nc = await connect({ servers: natsUrl });
    return new LocationTestApp(app, `http://127.0.0.1:${port}`, db, prefix, sql, nc, await jetstreamManager(nc));
  }

  async graphql<T = GraphQLData>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T> & { status: number }> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as GraphQLResponse<T>) };
  }

  /** Runs a query that must succeed and returns its data. */
  async data<T = GraphQLData>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const response = await this.graphql<T>(query, variables);
    if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  }

  async count(table: 'location' | 'health_facility' | 'history' | 'outbox' | 'client_mutation'): Promise<number> {
    const { rows } = await this.sql.query<{ count: string }>(`select count(*) from "${table}"`);
    return Number(rows[0].count);
  }

  async query<R extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<R[]> {
    return (await this.sql.query<R>(text, values)).rows;
  }

  /** Table sizes, to check that a refused mutation wrote nothing. */
  async counts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of ['location', 'health_facility', 'history', 'outbox', 'client_mutation'] as const) counts[table] = await this.count(table);
    return counts;
  }

  /** Every event in the service's stream, once at least `atLeast` have been published by the relay. */
  async publishedEvents(atLeast: number, timeoutMs = 15_000): Promise<PublishedEvent[]> {
    const stream = streamName(this.prefix, 'location');
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

  async close(): Promise<void> {
    await this.app.close();
    const streamPrefix = `${this.prefix.slice(0, -1).toUpperCase()}_`;
    for await (const name of this.jsm.streams.names()) if (name.startsWith(streamPrefix)) await this.jsm.streams.delete(name);
    await this.nc.close();
    await this.sql.end();
    await this.db.drop();
  }
}
