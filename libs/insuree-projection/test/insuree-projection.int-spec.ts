import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import {
  buildEvent,
  createEvent,
  familyCreatedEvent,
  familyHeadChangedEvent,
  insureeCreatedEvent,
  insureeMovedEvent,
  insureesImportedEvent,
  insureeStatusChangedEvent,
  insureeUpdatedEvent,
  type CloudEvent,
  type FamilyState,
  type InsureeState,
} from '@imis/contracts';
import { ProjectionHarness, type ProjectionHost } from '@imis/testing';
import {
  familiesByIds,
  familyMembers,
  InsureeProjectionMigration,
  InsureeProjectionRelationshipPhotoMigration,
  insureesByIds,
} from '../src';
import { insureeProjectionUnderTest } from './insuree-projection-under-test';

const village = v7();
const otherVillage = v7();

function insuree(overrides: Partial<InsureeState> = {}): InsureeState {
  return {
    id: v7(), insuranceNumber: `N${Math.floor(Math.random() * 1e9)}`, familyId: null, isHead: false, lastName: 'Moshi', otherNames: 'Asha',
    gender: 'F', birthDate: '1990-01-02', relationship: null, currentVillageId: null, familyVillageId: null, healthFacilityId: null, status: 'AC', statusDate: null,
    photoDate: null, version: 1,
    ...overrides,
  };
}

const family = (headInsureeId: string, overrides: Partial<FamilyState> = {}): FamilyState => ({
  id: v7(), headInsureeId, villageId: village, poverty: null, familyType: null, confirmationType: null, version: 1, ...overrides,
});

/** The projection alone, fed events published as the insuree service would: versions, heads and batches. */
describe('insuree projection', () => {
  let harness: ProjectionHarness;
  let host: ProjectionHost;

  beforeAll(async () => {
    harness = await ProjectionHarness.start(insureeProjectionUnderTest());
    host = await harness.host('claim');
  });

  afterAll(() => harness?.close());

  const em = () => host.em();
  const publish = (...events: CloudEvent<unknown>[]) => harness.publish(...events);

  const created = (state: InsureeState) => createEvent(insureeCreatedEvent, { subject: state.id, data: state });

  it('owns its tables: its migration builds what its entities describe, and runs again harmlessly', async () => {
    expect(host.drift).toEqual([]);
    const orm = host.app.get(MikroORM) as MikroORM<PostgreSqlDriver>;
    for (const Step of [InsureeProjectionMigration, InsureeProjectionRelationshipPhotoMigration]) {
      const again = new Step(orm.em.getDriver(), orm.config);
      await again.up();
      for (const sql of again.getQueries()) await orm.em.fork().execute(sql as string);
    }
  });

  it('keeps relationship and photo date, and reads them as null from events published before they existed', async () => {
    const [grandmother, newborn] = [insuree({ relationship: '7' }), insuree({ birthDate: '2024-03-01' })];
    const { relationship: _r, photoDate: _p, ...withoutNewFields } = newborn;
    await publish(
      created(grandmother),
      createEvent(insureeUpdatedEvent, { subject: grandmother.id, data: { ...grandmother, photoDate: '2023-05-06', version: 2 } }),
      buildEvent(insureeCreatedEvent, { subject: newborn.id, data: withoutNewFields as InsureeState }),
    );
    const rows = new Map((await insureesByIds(em(), [grandmother.id, newborn.id])).map((row) => [row.id, row]));
    expect(rows.get(grandmother.id)).toMatchObject({ relationship: '7', photoDate: '2023-05-06', version: 2 });
    expect(rows.get(newborn.id)).toMatchObject({ relationship: null, photoDate: null, birthDate: '2024-03-01' });
  });

  it('ignores events older than what it holds, whatever their kind', async () => {
    const state = insuree();
    await publish(
      created(state),
      createEvent(insureeUpdatedEvent, { subject: state.id, data: { ...state, gender: 'M', version: 3 } }),
      createEvent(insureeUpdatedEvent, { subject: state.id, data: { ...state, gender: 'O', version: 2 } }),
      createEvent(insureeStatusChangedEvent, { subject: state.id, data: { id: state.id, previousStatus: 'AC', status: 'DE', statusReason: 'DTH', statusDate: '2026-01-01', version: 3 } }),
      createEvent(insureesImportedEvent, { subject: v7(), data: { importId: v7(), families: [], insurees: [state] } }), // a replayed old batch
    );
    expect((await insureesByIds(em(), [state.id]))[0]).toMatchObject({ gender: 'M', status: 'AC', version: 3 });
  });

  it('keeps head flags: a member joining as head of a new family, a head change, and a stale head change ignored', async () => {
    const [alone, headState, memberState] = [insuree(), insuree(), insuree()];
    const home = family(headState.id, { poverty: true });
    await publish(
      createEvent(insureesImportedEvent, {
        subject: v7(),
        data: {
          importId: v7(),
          families: [home],
          insurees: [
            { ...headState, familyId: home.id, isHead: true, familyVillageId: village },
            { ...memberState, familyId: home.id, familyVillageId: village, currentVillageId: otherVillage, relationship: '4' },
          ],
        },
      }),
      created(alone),
    );
    const ownFamily = family(alone.id, { villageId: otherVillage });
    await publish(
      createEvent(familyCreatedEvent, { subject: ownFamily.id, data: ownFamily }),
      createEvent(insureeMovedEvent, { subject: alone.id, data: { id: alone.id, fromFamilyId: null, toFamilyId: ownFamily.id, familyVillageId: otherVillage, version: 2 } }),
      createEvent(familyHeadChangedEvent, { subject: home.id, data: { id: home.id, previousHeadInsureeId: headState.id, headInsureeId: memberState.id, version: 2 } }),
      createEvent(familyHeadChangedEvent, { subject: home.id, data: { id: home.id, previousHeadInsureeId: memberState.id, headInsureeId: headState.id, version: 2 } }),
    );
    const rows = new Map((await insureesByIds(em(), [alone.id, headState.id, memberState.id])).map((row) => [row.id, row]));
    expect(rows.get(alone.id)).toMatchObject({ familyId: ownFamily.id, isHead: true, villageId: otherVillage, familyVillageId: otherVillage });
    expect(rows.get(headState.id)).toMatchObject({ familyId: home.id, isHead: false, villageId: village });
    expect(rows.get(memberState.id)).toMatchObject({ isHead: true, villageId: otherVillage, familyVillageId: village, relationship: '4' });
    expect((await familyMembers(em(), [home.id])).map((row) => [row.id, row.relationship])).toEqual([
      [memberState.id, '4'],
      [headState.id, null],
    ]);
    expect(await familiesByIds(em(), [home.id, ownFamily.id])).toEqual(
      expect.arrayContaining([
        { id: home.id, headInsureeId: memberState.id, villageId: village, poverty: true, deleted: false, version: 2 },
        { id: ownFamily.id, headInsureeId: alone.id, villageId: otherVillage, poverty: null, deleted: false, version: 1 },
      ]),
    );
  });
});
