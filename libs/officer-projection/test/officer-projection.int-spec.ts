import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { v7 } from 'uuid';
import { createEvent, officerCreatedEvent, officerDeletedEvent, officerUpdatedEvent, type CloudEvent, type OfficerState } from '@imis/contracts';
import { durableConsumerName, ensureStream, MessagingModule, messagingEntities, streamName, subjectOf } from '@imis/messaging';
import { serviceOrmConfig } from '@imis/persistence';
import { createTestDatabase, randomEventPrefix, testInfrastructure, type TestDatabase } from '@imis/testing';
import {
  OfficerProjectionMigration,
  OfficerProjectionModule,
  officerProjectionEntities,
  officerProjectionMigrations,
  officersByCodes,
  officersByIds,
  officersWithSubstitutes,
} from '../src';

const village = v7();

const officer = (overrides: Partial<OfficerState> = {}): OfficerState => ({
  id: v7(),
  code: `E${Math.floor(Math.random() * 1e7)}`,
  lastName: 'Mrema',
  otherNames: 'Juma',
  villageIds: [village],
  substitutionOfficerId: null,
  worksTo: null,
  userId: null,
  version: 1,
  ...overrides,
});

const created = (state: OfficerState) => createEvent(officerCreatedEvent, { subject: state.id, data: state });
const updated = (state: OfficerState) => createEvent(officerUpdatedEvent, { subject: state.id, data: state });

/** The projection alone, fed events published as the identity service would. */
describe('officer projection', () => {
  let db: TestDatabase;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let app: INestApplicationContext;
  let drift: string[];
  const prefix = randomEventPrefix();

  beforeAll(async () => {
    const { natsUrl } = await testInfrastructure();
    db = await createTestDatabase('officer_projection');
    const config = serviceOrmConfig({ service: 'policy', serverUrl: db.serverUrl, database: db.name, entities: [...officerProjectionEntities, ...messagingEntities], migrations: officerProjectionMigrations });
    const orm = await MikroORM.init<PostgreSqlDriver>({ ...config, migrations: { ...config.migrations, silent: true } });
    await orm.getMigrator().up();
    drift = (await orm.schema.getUpdateSchemaSQL({ wrap: false })).split('\n').filter((sql) => sql.includes('projected_officer'));
    await orm.schema.updateSchema();
    await orm.close(true);
    nc = await connect({ servers: natsUrl });
    jsm = await jetstreamManager(nc);
    await ensureStream(jsm, { prefix, service: 'identity' });

    @Module({
      imports: [MikroOrmModule.forRoot(config), MessagingModule.forRoot({ service: 'policy', natsUrl, prefix, relay: false }), OfficerProjectionModule],
    })
    class PolicyModule {}
    app = await NestFactory.createApplicationContext(PolicyModule, { logger: false });
  });

  afterAll(async () => {
    await app?.close();
    for await (const name of jsm.streams.names()) if (name.startsWith(streamName(prefix, 'x').slice(0, -1))) await jsm.streams.delete(name);
    await nc?.close();
    await db?.drop();
  });

  const em = () => app.get(MikroORM).em.fork() as EntityManager;

  /** Publishes the events in order and waits until the projection has acknowledged them all. */
  async function publish(...events: CloudEvent<unknown>[]): Promise<void> {
    const js = jetstream(nc);
    for (const event of events) await js.publish(subjectOf(prefix, event.type), JSON.stringify(event), { msgID: event.id });
    const stream = streamName(prefix, 'identity');
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [info, consumer] = await Promise.all([jsm.streams.info(stream), jsm.consumers.info(stream, durableConsumerName('policy', 'officer-projection'))]);
      if (consumer.delivered.stream_seq === info.state.last_seq && consumer.num_ack_pending === 0) return;
      if (Date.now() > deadline) throw new Error('projection did not catch up');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('owns its table: its migration builds what its entity describes, and runs again harmlessly', async () => {
    expect(drift).toEqual([]);
    const orm = app.get(MikroORM) as MikroORM<PostgreSqlDriver>;
    const again = new OfficerProjectionMigration(orm.em.getDriver(), orm.config);
    await again.up();
    for (const sql of again.getQueries()) await orm.em.fork().execute(sql as string);
  });

  it('keeps the latest state by version, reads by ids and codes, and keeps a deleted officer flagged', async () => {
    const substitute = officer();
    const state = officer({ substitutionOfficerId: substitute.id });
    const gone = officer();
    await publish(
      created(substitute),
      created(state),
      updated({ ...state, worksTo: '2026-03-31', villageIds: [village, v7()], version: 3 }),
      updated({ ...state, worksTo: '2020-01-01', version: 2 }), // late
      created(gone),
      createEvent(officerDeletedEvent, { subject: gone.id, data: { ...gone, version: 2 } }),
      updated({ ...gone, version: 1 }), // a replay after the deletion
    );
    const [row] = await officersByIds(em(), [state.id, 'not-a-uuid']);
    expect(row).toMatchObject({ id: state.id, code: state.code, substitutionOfficerId: substitute.id, worksTo: '2026-03-31', deleted: false, version: 3 });
    expect(row.villageIds).toHaveLength(2);
    expect(await officersByIds(em(), [gone.id])).toEqual([]);
    expect(await officersByIds(em(), [gone.id], { includeDeleted: true })).toMatchObject([{ id: gone.id, deleted: true, version: 2 }]);
    expect((await officersByCodes(em(), [state.code, substitute.code, gone.code])).map((o) => o.id).sort()).toEqual([state.id, substitute.id].sort());
  });

  it('reads whole substitution chains in one query: each officer once, a loop ended, a deleted substitute ending a chain', async () => {
    const [a, b, c, d, e] = [v7(), v7(), v7(), v7(), v7()];
    await publish(
      created(officer({ id: a, substitutionOfficerId: b })),
      created(officer({ id: b, substitutionOfficerId: c })),
      created(officer({ id: c, substitutionOfficerId: a })), // back to the start
      created(officer({ id: d, substitutionOfficerId: e })),
      created(officer({ id: e })),
      createEvent(officerDeletedEvent, { subject: e, data: officer({ id: e, version: 2 }) }),
    );
    const chains = await officersWithSubstitutes(em(), [a, d]);
    expect(chains.map((row) => row.id).sort()).toEqual([a, b, c, d].sort());
    expect(await officersWithSubstitutes(em(), [e])).toEqual([]);
  });
});
