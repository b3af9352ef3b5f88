import {
  createEvent,
  insureeCreatedEvent,
  insureeDeletedEvent,
  insureeMovedEvent,
  insureesImportedEvent,
  insureeUpdatedEvent,
  type CloudEvent,
  type InsureeState,
} from '@imis/contracts';
import { addDays, today } from '@imis/kernel';
import { uuidv7 } from '@imis/persistence';
import type { ServiceTestApp } from '@imis/testing';
import { familyEvents, familyStates, insureeState, type SeededFamily } from './support/insuree-fixtures';
import { insertPolicy } from './support/policy-rows';
import { startPolicy } from './support/policy-service';
import { productInput } from './support/product-fixtures';

const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code field } } }`;

interface OutboxEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

describe('membership: a family’s current policies follow its members (insuree events on JetStream, the projection’s listener)', () => {
  let service: ServiceTestApp;
  let productId: string;
  const village = uuidv7();
  // The policies run from a month ago: members joining today join while they run.
  const startDate = addDays(today(), -30);

  const publish = (...events: CloudEvent<unknown>[]) => service.publishAs('insuree', events);
  const joined = (familyId: string, birthDate: string) => insureeState({ familyId, familyVillageId: village, birthDate });
  const created = (data: InsureeState) => createEvent(insureeCreatedEvent, { subject: data.id, data });
  const rowsOf = async (policyId: string) =>
    service.query<{ insuree_id: string; enrolment_date: string; effective_date: string | null; deleted: boolean }>(
      `select insuree_id, to_char(enrolment_date, 'YYYY-MM-DD') as enrolment_date, to_char(effective_date, 'YYYY-MM-DD') as effective_date,
         deleted_at is not null as deleted from insuree_policy where policy_id = $1 order by valid_from, id`,
      [policyId],
    );
  const policyRow = async (id: string) =>
    (await service.query<{ value: string; version: number }>('select value, version from policy where id = $1', [id]))[0];
  const handled = (event: CloudEvent<unknown>) =>
    service.eventually(async () => (await service.query("select 1 from inbox where event_id = $1 and consumer = 'policy-insuree-projection'", [event.id])).length === 1);
  const outbox = async (subjects: string[]): Promise<OutboxEvent[]> =>
    (await service.query<{ payload: OutboxEvent }>(`select payload from outbox where payload->>'subject' = any($1) order by id`, [subjects])).map((row) => row.payload);
  /** A copy of an event under a new id (the inbox would drop the same id): what a replay from another source looks like. */
  const copy = <T>(event: CloudEvent<T>): CloudEvent<T> => ({ ...event, id: uuidv7() });
  /** Families published on the insuree stream, once the projection (and its membership listener) has applied them. */
  const seed = async (...families: SeededFamily[]) => {
    const events = families.flatMap(familyEvents);
    await publish(...events);
    for (const event of events) await handled(event);
    const ids = families.flatMap((one) => one.members.map((member) => member.id));
    await service.eventually(async () => (await service.query('select id from projected_insuree where id = any($1)', [ids])).length === ids.length);
  };
  const policyOf = async (family: SeededFamily, change: { value: string; status?: 'ACTIVE'; paidTotal?: string }) =>
    (
      await insertPolicy(service, {
        familyId: family.family.id,
        productId,
        startDate,
        ...change,
        effectiveDate: change.status ? startDate : null,
        members: family.members.map((member) => ({ insureeId: member.id })),
      })
    ).policy;

  beforeAll(async () => {
    ({ service } = await startPolicy());
    // Priced per member (no lump sum): 100 an adult, 50 a child; at most 3 members.
    const result = await service.data(CREATE_PRODUCT, {
      input: productInput('MEMBERS', { memberCount: 3, threshold: 0, lumpSum: '0', premiumAdult: '100', premiumChild: '50', startCycles: [] }),
    });
    expect(result.createProduct.errors).toEqual([]);
    productId = result.createProduct.product.id;
  });

  afterAll(async () => {
    await service?.close();
  });

  it('adds a member born into a family with an Idle policy, recomputes the value, and removes it when the member leaves; copies change nothing', async () => {
    const family = familyStates(village, ['1980-01-01', '1982-02-02']);
    await seed(family);
    const policy = await policyOf(family, { value: '200.00' });
    const child = joined(family.family.id, '2020-03-03');
    const birth = created(child);
    await publish(birth);
    await service.eventually(async () => (await rowsOf(policy.id)).length === 3);
    expect((await rowsOf(policy.id))[2]).toEqual({ insuree_id: child.id, enrolment_date: today(), effective_date: null, deleted: false });
    expect(await policyRow(policy.id)).toEqual({ value: '250.00', version: 2 });
    const [row] = await service.query<{ id: string }>('select id from insuree_policy where policy_id = $1 and insuree_id = $2', [policy.id, child.id]);
    expect((await outbox([policy.id, row.id])).map((event) => [event.type, event.data.value ?? event.data.insureeId])).toEqual([
      ['imis.policy.policy.updated.v1', '250.00'],
      ['imis.policy.insuree-policy.added.v1', child.id],
    ]);

    const again = copy(birth);
    await publish(again);
    await handled(again);
    expect(await rowsOf(policy.id)).toHaveLength(3);
    expect(await policyRow(policy.id)).toEqual({ value: '250.00', version: 2 });

    const deletion = createEvent(insureeDeletedEvent, { subject: child.id, data: { id: child.id, insuranceNumber: child.insuranceNumber, familyId: family.family.id, version: 2 } });
    await publish(deletion);
    await service.eventually(async () => (await rowsOf(policy.id))[2].deleted);
    expect(await policyRow(policy.id)).toEqual({ value: '200.00', version: 3 });
    expect((await outbox([row.id])).map((event) => event.type)).toEqual(['imis.policy.insuree-policy.added.v1', 'imis.policy.insuree-policy.removed.v1']);

    const deletedAgain = copy(deletion);
    await publish(deletedAgain);
    await handled(deletedAgain);
    expect(await policyRow(policy.id)).toEqual({ value: '200.00', version: 3 });
    expect((await rowsOf(policy.id)).filter((one) => !one.deleted)).toHaveLength(2);
    expect(await outbox([policy.id])).toHaveLength(2);
  });

  it('moves a member into a family with Active policies: uncovered where the new value is above the paid total, covered from today where it is still paid', async () => {
    const family = familyStates(village, ['1980-01-01']);
    const other = familyStates(village, ['1985-05-05']);
    await seed(family, other);
    const paidExactly = await policyOf(family, { value: '100.00', status: 'ACTIVE', paidTotal: '100.00' });
    const paidAhead = await policyOf(family, { value: '100.00', status: 'ACTIVE', paidTotal: '500.00' });
    const mover = other.members[0];
    const move = createEvent(insureeMovedEvent, {
      subject: mover.id,
      data: { id: mover.id, fromFamilyId: other.family.id, toFamilyId: family.family.id, familyVillageId: village, version: 2 },
    });
    await publish(move);
    await handled(move);
    expect((await rowsOf(paidExactly.id))[1]).toEqual({ insuree_id: mover.id, enrolment_date: today(), effective_date: null, deleted: false });
    expect((await rowsOf(paidAhead.id))[1]).toEqual({ insuree_id: mover.id, enrolment_date: today(), effective_date: today(), deleted: false });
    expect(await policyRow(paidExactly.id)).toEqual({ value: '200.00', version: 2 });
    expect(await policyRow(paidAhead.id)).toEqual({ value: '200.00', version: 2 });

    const again = copy(move);
    await publish(again);
    await handled(again);
    expect(await rowsOf(paidExactly.id)).toHaveLength(2);
    expect(await policyRow(paidAhead.id)).toEqual({ value: '200.00', version: 2 });
  });

  it('does not attach a member above the product’s member cap, nor change the value', async () => {
    const family = familyStates(village, ['1980-01-01', '1982-02-02', '2010-01-01']);
    await seed(family);
    const policy = await policyOf(family, { value: '250.00' });
    const birth = created(joined(family.family.id, '2024-01-01'));
    await publish(birth);
    await handled(birth);
    expect(await rowsOf(policy.id)).toHaveLength(3);
    expect(await policyRow(policy.id)).toEqual({ value: '250.00', version: 1 });
    expect(await outbox([policy.id])).toEqual([]);
  });

  it('adds the members of an import batch to their existing family’s policy, one value for them all', async () => {
    const family = familyStates(village, ['1980-01-01']);
    await seed(family);
    const policy = await policyOf(family, { value: '100.00' });
    const newFamily = familyStates(village, ['1990-01-01']);
    const members = [joined(family.family.id, '2021-01-01'), joined(family.family.id, '2022-01-01')];
    const batch = createEvent(insureesImportedEvent, {
      subject: uuidv7(),
      data: { importId: uuidv7(), families: [newFamily.family], insurees: [...newFamily.members, ...members] },
    });
    await publish(batch);
    await handled(batch);
    expect((await rowsOf(policy.id)).map((row) => row.insuree_id).sort()).toEqual([family.members[0].id, ...members.map((member) => member.id)].sort());
    expect(await policyRow(policy.id)).toEqual({ value: '200.00', version: 2 });
  });

  it('changes no membership for an event older than what the projection holds (a late move)', async () => {
    const home = familyStates(village, ['1980-01-01', '1990-01-01']);
    const elsewhere = familyStates(village, ['1981-01-01']);
    await seed(home, elsewhere);
    const homePolicy = await policyOf(home, { value: '200.00' });
    const otherPolicy = await policyOf(elsewhere, { value: '100.00' });
    const member = home.members[1];
    const update = createEvent(insureeUpdatedEvent, { subject: member.id, data: { ...member, lastName: 'Later', version: 3 } });
    const lateMove = createEvent(insureeMovedEvent, {
      subject: member.id,
      data: { id: member.id, fromFamilyId: home.family.id, toFamilyId: elsewhere.family.id, familyVillageId: village, version: 2 },
    });
    await publish(update, lateMove);
    await handled(lateMove);
    expect((await rowsOf(homePolicy.id)).filter((row) => !row.deleted)).toHaveLength(2);
    expect(await rowsOf(otherPolicy.id)).toHaveLength(1);
    expect(await outbox([homePolicy.id, otherPolicy.id])).toEqual([]);
  });
});
