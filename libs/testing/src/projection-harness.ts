import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { Module, type DynamicModule, type INestApplicationContext, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { CloudEvent } from '@imis/contracts';
import { durableConsumerName, ensureStream, MessagingModule, messagingEntities, streamName, subjectOf } from '@imis/messaging';
import { serviceOrmConfig, type ServiceOrmOptions } from '@imis/persistence';
import { testInfrastructure } from './infrastructure';
import { createTestDatabase, randomEventPrefix, type TestDatabase } from './test-database';

/** A read model of libs/*-projection as its test sees it: the producer's stream, its consumer, tables and module. */
export interface ProjectionUnderTest {
  /** The service whose events feed it, e.g. `medical`: its stream is created on a random prefix. */
  producer: string;
  /** The consumer's name, e.g. `medical-projection` (durable `<host>-<consumer>`). */
  consumer: string;
  entities: ServiceOrmOptions['entities'];
  migrations: ServiceOrmOptions['migrations'];
  /** Only the schema statements naming this are drift of the projection's own tables, e.g. `projected_`. */
  tables: string;
  /** The projection's module as the host imports it (with a listener, say). */
  module: Type | DynamicModule;
  /** Providers of the test itself the module needs (e.g. a recording listener). */
  imports?: (Type | DynamicModule)[];
}

/** A service hosting the projection: its own database, built by the projection's migrations. */
export interface ProjectionHost {
  readonly service: string;
  readonly app: INestApplicationContext;
  readonly db: TestDatabase;
  /** Schema statements MikroORM would still run after the migrations: the migrations and entities disagree. */
  readonly drift: string[];
  em(): EntityManager;
}

/**
 * A projection alone, fed events published on JetStream as the producing service would, in one or more host
 * services (e.g. a second host rebuilt from the stream alone). `publish` waits until every host applied them all.
 */
export class ProjectionHarness {
  private readonly hosts: ProjectionHost[] = [];

  private constructor(
    private readonly projection: ProjectionUnderTest,
    private readonly natsUrl: string,
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    readonly prefix: string,
  ) {}

  static async start(projection: ProjectionUnderTest): Promise<ProjectionHarness> {
    const { natsUrl } = await testInfrastructure();
    const nc = await connect({ servers: natsUrl });
    const jsm = await jetstreamManager(nc);
    const prefix = randomEventPrefix();
    await ensureStream(jsm, { prefix, service: projection.producer });
    return new ProjectionHarness(projection, natsUrl, nc, jsm, prefix);
  }

  /** Starts the projection in one more service, with an empty database of its own; it reads the stream from the start. */
  async host(service: string): Promise<ProjectionHost> {
    const { entities, migrations, tables, module, imports = [] } = this.projection;
    const db = await createTestDatabase(`${this.projection.consumer.replace(/-/g, '_')}_${service}`);
    const config = serviceOrmConfig({ service, serverUrl: db.serverUrl, database: db.name, entities: [...(entities ?? []), ...messagingEntities], migrations });
    const orm = await MikroORM.init<PostgreSqlDriver>({ ...config, migrations: { ...config.migrations, silent: true } });
    await orm.getMigrator().up();
    const drift = (await orm.schema.getUpdateSchemaSQL({ wrap: false })).split('\n').filter((sql) => sql.includes(tables));
    await orm.schema.updateSchema();
    await orm.close(true);

    @Module({ imports: [...imports, MikroOrmModule.forRoot(config), MessagingModule.forRoot({ service, natsUrl: this.natsUrl, prefix: this.prefix, relay: false }), module] })
    class HostModule {}
    const app = await NestFactory.createApplicationContext(HostModule, { logger: false });
    const host: ProjectionHost = { service, app, db, drift, em: () => app.get(MikroORM).em.fork() as EntityManager };
    this.hosts.push(host);
    return host;
  }

  /** Publishes the events in order, each under its own id (as the outbox relay does), and waits until every host applied them. */
  async publish(...events: CloudEvent<unknown>[]): Promise<void> {
    const js = jetstream(this.nc);
    for (const event of events) await js.publish(subjectOf(this.prefix, event.type), JSON.stringify(event), { msgID: event.id });
    for (const host of this.hosts) await this.caughtUp(host);
  }

  /** Waits until the host's consumer has acknowledged every event of the stream. */
  async caughtUp(host: ProjectionHost): Promise<void> {
    const stream = streamName(this.prefix, this.projection.producer);
    const consumer = durableConsumerName(host.service, this.projection.consumer);
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [info, position] = await Promise.all([this.jsm.streams.info(stream), this.jsm.consumers.info(stream, consumer).catch(() => null)]);
      if (position && position.delivered.stream_seq === info.state.last_seq && position.num_ack_pending === 0) return;
      if (Date.now() > deadline) throw new Error(`${host.service}'s ${this.projection.consumer} did not catch up`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    for (const { app, db } of this.hosts) {
      await app.close();
      await db.drop();
    }
    for await (const name of this.jsm.streams.names()) if (name.startsWith(streamName(this.prefix, 'x').slice(0, -1))) await this.jsm.streams.delete(name);
    await this.nc.close();
  }
}
