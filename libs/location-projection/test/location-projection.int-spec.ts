import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { connect } from '@nats-io/transport-node';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { v7 } from 'uuid';
import {
  createEvent,
  healthFacilityDeletedEvent,
  locationCreatedEvent,
  locationDeletedEvent,
  locationMovedEvent,
  locationUpdatedEvent,
  type LocationState,
  type LocationType,
} from '@imis/contracts';
import { durableConsumerName, ensureStream, InboxMessage, MessagingModule, OUTBOX_ROUTINES_SQL, OutboxMessage, OutboxRelay, recordEvent, streamName } from '@imis/messaging';
import { ObservabilityModule, ReadinessRegistry } from '@imis/observability';
import { nodePostgresReader, serviceOrmConfig } from '@imis/persistence';
import { createTestDatabase, healthFacilityCreated, healthFacilityState, randomEventPrefix, testInfrastructure, type TestDatabase } from '@imis/testing';
import {
  descendantsOf,
  healthFacilitiesByCodes,
  healthFacilitiesByIds,
  healthFacilitiesInDistricts,
  HealthFacilityProjectionMigration,
  HealthFacilityProjectionModule,
  healthFacilityProjectionEntities,
  healthFacilityProjectionMigrations,
  LocationProjectionMigration,
  LocationProjectionModule,
  locationProjectionEntities,
  locationProjectionMigrations,
  locationsByCodes,
  locationsByIds,
  locationSubtreeSql,
  ProjectedLocation,
} from '../src';

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };

const projectionEntities = [...locationProjectionEntities, ...healthFacilityProjectionEntities];

describe('location and health-facility projections rebuilt from the stream alone', () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let sourceOrm: MikroORM<PostgreSqlDriver>;
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let relay: OutboxRelay;
  let app: INestApplicationContext | undefined;
  const prefix = randomEventPrefix();
  const ormConfig = (db: TestDatabase, entities: unknown[], migrations = [...locationProjectionMigrations, ...healthFacilityProjectionMigrations]) =>
    serviceOrmConfig({ service: 'claim', serverUrl: db.serverUrl, database: db.name, entities: entities as never[], migrations });

  beforeAll(async () => {
    const { natsUrl } = await testInfrastructure();
    [source, target] = await Promise.all([createTestDatabase('projection_source'), createTestDatabase('projection_target')]);
    sourceOrm = await MikroORM.init<PostgreSqlDriver>(ormConfig(source, [OutboxMessage]));
    await sourceOrm.schema.createSchema();
    for (const sql of OUTBOX_ROUTINES_SQL) await sourceOrm.em.getConnection().execute(sql);
    // The projections' tables come from their own migrations; the rest of the database from the entities.
    const targetConfig = ormConfig(target, [...projectionEntities, OutboxMessage, InboxMessage]);
    const targetOrm = await MikroORM.init<PostgreSqlDriver>({ ...targetConfig, migrations: { ...targetConfig.migrations, silent: true } });
    await targetOrm.getMigrator().up();
    projectionDrift = (await targetOrm.schema.getUpdateSchemaSQL({ wrap: false })).split('\n').filter((sql) => sql.includes('projected_'));
    await targetOrm.schema.updateSchema();
    await targetOrm.close(true);
    nc = await connect({ servers: natsUrl });
    jsm = await jetstreamManager(nc);
    await ensureStream(jsm, { prefix, service: 'location' }); // as the location service does at start
    relay = new OutboxRelay({ em: sourceOrm.em as EntityManager, nc, prefix, pollMs: 100, logger: quiet });
    relay.start();

    @Module({
      imports: [
        ObservabilityModule.forRoot({ service: 'claim', logLevel: 'silent' }),
        MikroOrmModule.forRoot(ormConfig(target, [...projectionEntities, OutboxMessage, InboxMessage])),
        MessagingModule.forRoot({ service: 'claim', natsUrl, prefix, relay: { pollMs: 100 } }),
        LocationProjectionModule,
        HealthFacilityProjectionModule,
      ],
    })
    class ClaimServiceModule {}
    targetModule = ClaimServiceModule;
  });

  let targetModule: unknown;
  let projectionDrift: string[] = [];

  afterAll(async () => {
    await app?.close();
    await relay?.stop();
    for await (const name of jsm.streams.names()) if (name.startsWith(streamName(prefix, 'x').slice(0, -1))) await jsm.streams.delete(name);
    await nc?.close();
    await sourceOrm?.close(true);
    await Promise.all([source?.drop(), target?.drop()]);
  });

  const state = new Map<string, LocationState>();

  /** The location service's side: each change commits with its event in the outbox. */
  async function change(build: () => Parameters<typeof recordEvent>[1]): Promise<void> {
    await sourceOrm.em.fork().transactional(async (em) => recordEvent(em, build()));
  }

  async function create(code: string, type: LocationType, parent?: string): Promise<string> {
    const id = v7();
    const parentState = parent ? state.get(parent)! : undefined;
    const location: LocationState = {
      id, code, name: `Location ${code}`, type, parentId: parent ?? null,
      ancestorIds: parentState ? [...parentState.ancestorIds, parentState.id] : [],
      malePopulation: null, femalePopulation: null, otherPopulation: null, families: null, version: 1,
    };
    state.set(id, location);
    await change(() => createEvent(locationCreatedEvent, { subject: id, data: location }));
    return id;
  }

  async function settled(): Promise<boolean> {
    const stream = streamName(prefix, 'location');
    const names = ['location-projection', 'health-facility-projection'].map((purpose) => durableConsumerName('claim', purpose));
    const [info, ...consumers] = await Promise.all([jsm.streams.info(stream), ...names.map((name) => jsm.consumers.info(stream, name))]);
    return consumers.every((consumer) => consumer.delivered.stream_seq === info.state.last_seq && consumer.num_ack_pending === 0 && consumer.num_pending === 0);
  }

  async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (!(await condition().catch(() => false))) {
      if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  const unsent = async () => Number((await sourceOrm.em.fork().execute<{ n: string }[]>('select count(*) as n from outbox where sent_at is null'))[0].n);

  /** Every committed change is on the stream (the relay is asynchronous), and the projection has applied all of it. */
  async function waitUntilSettled(): Promise<void> {
    await waitFor(async () => (await unsent()) === 0, 'outbox relayed');
    await waitFor(settled, 'projection caught up');
  }

  it('catches up from the start of the stream, then follows updates, moves and deletions', async () => {
    const region = await create('R1', 'R');
    const [west, east] = [await create('D1', 'D', region), await create('D2', 'D', region)];
    const ward = await create('W1', 'W', west);
    const [village1, village2] = [await create('V1', 'V', ward), await create('V2', 'V', ward)];
    const eastWard = await create('W2', 'W', east);
    const village3 = await create('V3', 'V', eastWard);
    const [westFacility, eastFacility] = [healthFacilityState(west, 'HF-W'), healthFacilityState(east, 'HF-E')];
    await change(() => healthFacilityCreated(westFacility));
    await change(() => healthFacilityCreated(eastFacility));
    await waitFor(async () => (await unsent()) === 0, 'outbox relayed'); // on the stream before the projection exists: catch-up

    app = await NestFactory.createApplicationContext(targetModule as never, { logger: false });
    await waitUntilSettled();
    const nats = app.get(ReadinessRegistry).list().find((check) => check.name === 'nats');
    await expect(nats?.check()).resolves.toBeUndefined();
    const em = () => app!.get(MikroORM).em.fork() as EntityManager;
    expect((await descendantsOf(em(), [west])).sort()).toEqual([west, ward, village1, village2].sort());

    await change(() => createEvent(locationUpdatedEvent, { subject: west, data: { ...state.get(west)!, name: 'West', version: 2 } }));
    await change(() =>
      createEvent(locationMovedEvent, {
        subject: ward,
        data: { id: ward, code: 'W1', type: 'W', oldParentId: west, newParentId: east, ancestorIds: [region, east], version: 2 },
      }),
    );
    await change(() => createEvent(locationDeletedEvent, { subject: village2, data: { id: village2, code: 'V2', type: 'V', parentId: ward, version: 2 } }));
    // A stale copy of an old state (e.g. replayed from elsewhere) must not undo the move.
    await change(() => createEvent(locationUpdatedEvent, { subject: ward, data: { ...state.get(ward)!, version: 1 } }));
    await change(() => createEvent(healthFacilityDeletedEvent, { subject: eastFacility.id, data: { id: eastFacility.id, code: 'HF-E', districtId: east, version: 2 } }));
    await waitUntilSettled();

    expect((await descendantsOf(em(), [east])).sort()).toEqual([east, eastWard, village3, ward, village1].sort());
    expect(await descendantsOf(em(), [west])).toEqual([west]);
    expect((await descendantsOf(em(), [west, eastWard])).sort()).toEqual([west, eastWard, village3].sort());
    expect(await descendantsOf(em(), [region])).toHaveLength(7);
    const moved = await em().findOneOrFail(ProjectedLocation, village1);
    expect(moved).toMatchObject({ parentId: ward, ancestorIds: [region, east, ward], version: 1 });
    expect(await em().findOneOrFail(ProjectedLocation, west)).toMatchObject({ name: 'West', version: 2 });
    expect(await em().findOneOrFail(ProjectedLocation, ward)).toMatchObject({ parentId: east, ancestorIds: [region, east], version: 2 });

    // The read queries services use instead of SQL of their own.
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
    expect(ids(await locationsByIds(em(), [village1, village2, ward, 'not-a-uuid'], { type: 'V' }))).toEqual([village1]);
    expect(ids(await locationsByIds(em(), [village1, village2], { includeDeleted: true }))).toEqual([village1, village2].sort());
    expect(await locationsByIds(em(), [village1])).toEqual([{ id: village1, code: 'V1', name: 'Location V1', type: 'V', parentId: ward, deleted: false }]);
    expect(ids(await locationsByCodes(em(), ['V1', 'W1', 'V2', 'nope']))).toEqual([village1, ward].sort());
    const odd = await create('V"4\\', 'V', eastWard);
    await waitUntilSettled();
    const client = new Client({ connectionString: target.url });
    await client.connect();
    try {
      expect(ids(await locationsByCodes(nodePostgresReader(client), ['V"4\\', 'V3']))).toEqual([odd, village3].sort());
    } finally {
      await client.end();
    }
    const subtree = locationSubtreeSql(ward);
    const below = await em().execute<{ id: string }[]>(`select id from projected_location where id in ${subtree.sql}`, subtree.params);
    expect(ids(below)).toEqual([ward, village1, village2].sort()); // deleted ones too: records may still point at them

    expect(ids(await healthFacilitiesByIds(em(), [westFacility.id, eastFacility.id]))).toEqual([westFacility.id]);
    expect(await healthFacilitiesByCodes(em(), ['HF-W', 'HF-E'])).toEqual([{ id: westFacility.id, code: 'HF-W', districtId: west, deleted: false }]);
    expect(ids(await healthFacilitiesInDistricts(em(), [west, east], { includeDeleted: true }))).toEqual([westFacility.id, eastFacility.id].sort());
  });

  it('owns its tables: its migrations build what its entities describe, and run again harmlessly', async () => {
    expect(projectionDrift).toEqual([]);
    const orm = app!.get(MikroORM) as MikroORM<PostgreSqlDriver>;
    for (const migration of [LocationProjectionMigration, HealthFacilityProjectionMigration]) {
      const again = new migration(orm.em.getDriver(), orm.config);
      await again.up();
      for (const sql of again.getQueries()) await orm.em.fork().execute(sql as string);
    }
    expect(Number((await orm.em.fork().execute<{ n: string }[]>('select count(*) as n from projected_location'))[0].n)).toBe(9);
  });
});
