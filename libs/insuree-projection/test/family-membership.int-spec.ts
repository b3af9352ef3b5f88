import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Module } from '@nestjs/common';
import { Client } from 'pg';
import { v7 } from 'uuid';
import {
  createEvent,
  familyCreatedEvent,
  insureeCreatedEvent,
  insureeDeletedEvent,
  insureeMovedEvent,
  insureesImportedEvent,
  insureeUpdatedEvent,
  type CloudEvent,
  type FamilyState,
  type InsureeState,
} from '@imis/contracts';
import { ProjectionHarness, type ProjectionHost } from '@imis/testing';
import { type FamilyMembershipChange, type FamilyMembershipListener, InsureeProjectionModule } from '../src';
import { insureeProjectionUnderTest } from './insuree-projection-under-test';

const village = v7();

const insuree = (overrides: Partial<InsureeState> = {}): InsureeState => ({
  id: v7(), insuranceNumber: `M${Math.floor(Math.random() * 1e9)}`, familyId: null, isHead: false, lastName: 'Moshi', otherNames: 'Asha', gender: 'F',
  birthDate: '1990-01-02', relationship: null, currentVillageId: null, familyVillageId: village, healthFacilityId: null, status: 'AC', statusDate: null,
  photoDate: null, version: 1, ...overrides,
});
const family = (): FamilyState => ({ id: v7(), headInsureeId: v7(), villageId: village, poverty: null, familyType: null, confirmationType: null, version: 1 });

/** The families another connection finds locked: a reader (`lockFamilyMembership`) would wait for them. */
async function lockedForReaders(other: Client, familyIds: string[]): Promise<string[]> {
  const locked: string[] = [];
  for (const id of [...new Set(familyIds)].sort()) {
    await other.query('begin');
    await other.query(`set local lock_timeout = '50ms'`);
    try {
      const key = `hashtextextended('insuree-projection:family-members:' || $1::text, 0)`;
      const [advisory] = (await other.query<{ free: boolean }>(`select pg_try_advisory_xact_lock_shared(${key}) as free`, [id])).rows;
      if (!advisory.free) locked.push(id);
      else await other.query('select id from projected_family where id = $1 for share', [id]);
    } catch (error) {
      if ((error as { code?: string }).code !== '55P03') throw error; // lock_not_available
      locked.push(id);
    } finally {
      await other.query('rollback');
    }
  }
  return locked;
}

/** What the listener was told, and which of the families it concerns a reader would wait for meanwhile. */
@Injectable()
class RecordingListener implements FamilyMembershipListener {
  readonly calls: { eventId: string; changes: FamilyMembershipChange[]; lockedFamilies: string[] }[] = [];
  other?: Client;

  async membersChanged(_em: EntityManager, changes: readonly FamilyMembershipChange[], event: CloudEvent<unknown>): Promise<void> {
    const ids = changes.flatMap((change) => [change.fromFamilyId, change.toFamilyId]).filter((id): id is string => id !== null);
    this.calls.push({ eventId: event.id, changes: [...changes], lockedFamilies: this.other ? await lockedForReaders(this.other, ids) : [] });
  }
}

@Module({ providers: [RecordingListener], exports: [RecordingListener] })
class ListenerModule {}

/** The projection with a membership listener: told of members joining and leaving families, once, in the projection’s transaction. */
describe('insuree projection: membership listener', () => {
  let harness: ProjectionHarness;
  let host: ProjectionHost;
  let other: Client;

  beforeAll(async () => {
    harness = await ProjectionHarness.start(insureeProjectionUnderTest(InsureeProjectionModule.withMembershipListener({ imports: [ListenerModule], listener: RecordingListener })));
    host = await harness.host('policy');
    other = new Client({ connectionString: host.db.url });
    await other.connect();
    host.app.get(RecordingListener).other = other;
  });

  afterAll(async () => {
    await other?.end();
    await harness?.close();
  });

  const publish = (...events: CloudEvent<unknown>[]) => harness.publish(...events);

  const callsFor = (...events: CloudEvent<unknown>[]) => {
    const ids = events.map((event) => event.id);
    return host.app.get(RecordingListener).calls.filter((call) => ids.includes(call.eventId));
  };

  it('tells a creation, a move and a deletion, each with its families locked; details and older events tell nothing', async () => {
    const [home, other] = [family(), family()];
    const member = insuree({ familyId: home.id });
    await publish(createEvent(familyCreatedEvent, { subject: home.id, data: home }), createEvent(familyCreatedEvent, { subject: other.id, data: other }));
    const events = {
      created: createEvent(insureeCreatedEvent, { subject: member.id, data: member }),
      renamed: createEvent(insureeUpdatedEvent, { subject: member.id, data: { ...member, lastName: 'Other', version: 2 } }),
      moved: createEvent(insureeMovedEvent, { subject: member.id, data: { id: member.id, fromFamilyId: home.id, toFamilyId: other.id, familyVillageId: village, version: 3 } }),
      staleCreation: createEvent(insureeCreatedEvent, { subject: member.id, data: member }),
      deleted: createEvent(insureeDeletedEvent, { subject: member.id, data: { id: member.id, insuranceNumber: member.insuranceNumber, familyId: other.id, version: 4 } }),
    };
    await publish(...Object.values(events));

    expect(callsFor(...Object.values(events)).map(({ eventId, ...call }) => [Object.entries(events).find(([, event]) => event.id === eventId)?.[0], call])).toEqual([
      ['created', { changes: [{ insureeId: member.id, fromFamilyId: null, toFamilyId: home.id }], lockedFamilies: [home.id] }],
      ['moved', { changes: [{ insureeId: member.id, fromFamilyId: home.id, toFamilyId: other.id }], lockedFamilies: [home.id, other.id].sort() }],
      ['deleted', { changes: [{ insureeId: member.id, fromFamilyId: other.id, toFamilyId: null }], lockedFamilies: [other.id] }],
    ]);
  });

  it('tells the members of an import batch that joined families in one call, and nothing for a replayed batch', async () => {
    // The batch's new family is not visible to readers before the commit: only the existing one needs its lock.
    const [existing, imported] = [family(), family()];
    await publish(createEvent(familyCreatedEvent, { subject: existing.id, data: existing }));
    const members = [insuree({ familyId: existing.id }), insuree({ familyId: imported.id }), insuree()];
    const batch = createEvent(insureesImportedEvent, { subject: v7(), data: { importId: v7(), families: [imported], insurees: members } });
    const replay = createEvent(insureesImportedEvent, { subject: v7(), data: batch.data });
    await publish(batch, replay);

    const calls = callsFor(batch, replay);
    expect(calls).toHaveLength(1);
    expect(calls[0].changes).toEqual([
      { insureeId: members[0].id, fromFamilyId: null, toFamilyId: existing.id },
      { insureeId: members[1].id, fromFamilyId: null, toFamilyId: imported.id },
    ]);
    expect(calls[0].lockedFamilies).toEqual([existing.id]);
  });

  it('locks a family its member’s event names before the family itself is projected (events out of order)', async () => {
    const early = family();
    const member = insuree({ familyId: early.id });
    const created = createEvent(insureeCreatedEvent, { subject: member.id, data: member });
    await publish(created);
    expect(callsFor(created)).toEqual([{ eventId: created.id, changes: [{ insureeId: member.id, fromFamilyId: null, toFamilyId: early.id }], lockedFamilies: [early.id] }]);
  });
});
