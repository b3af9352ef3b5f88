import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import { createEvent, officerCreatedEvent, officerDeletedEvent, officerUpdatedEvent, type CloudEvent, type OfficerState } from '@imis/contracts';
import { ProjectionHarness, type ProjectionHost } from '@imis/testing';
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
  let harness: ProjectionHarness;
  let host: ProjectionHost;

  beforeAll(async () => {
    harness = await ProjectionHarness.start({
      producer: 'identity',
      consumer: 'officer-projection',
      entities: officerProjectionEntities,
      migrations: officerProjectionMigrations,
      tables: 'projected_officer',
      module: OfficerProjectionModule,
    });
    host = await harness.host('policy');
  });

  afterAll(() => harness?.close());

  const em = () => host.em();
  const publish = (...events: CloudEvent<unknown>[]) => harness.publish(...events);

  it('owns its table: its migration builds what its entity describes, and runs again harmlessly', async () => {
    expect(host.drift).toEqual([]);
    const orm = host.app.get(MikroORM) as MikroORM<PostgreSqlDriver>;
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
