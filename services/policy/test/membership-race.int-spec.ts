import { Client } from 'pg';
import { createEvent, insureeCreatedEvent, insureeDeletedEvent, type CloudEvent } from '@imis/contracts';
import { today } from '@imis/kernel';
import type { ServiceTestApp } from '@imis/testing';
import { familyStates, insureeState, seedFamilies, type SeededFamily } from './support/insuree-fixtures';
import { insertPolicy } from './support/policy-rows';
import { startPolicy } from './support/policy-service';
import { productInput } from './support/product-fixtures';

const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code field } } }`;
const CREATE_POLICY = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { policy { id value } errors { code field } } }`;
const RENEW_POLICY = `mutation($input: RenewPolicyInput!) { renewPolicy(input: $input) { policy { id value } errors { code field } } }`;

type CoverageRow = {
  insuree_id: string;
  enrolment_date: string;
  effective_date: string | null;
  deleted: boolean;
};

/**
 * A member joining or leaving a family while a policy of the family is being created (issue 13, item 3): the
 * insuree event and createPolicy interleaved on purpose. A transaction of the test holds a lock the
 * service's consumer or command needs, so that one waits for the other at a chosen point, then lets go.
 */
describe('membership: no interleaving of insuree events with policy commands loses a member', () => {
  let service: ServiceTestApp;
  let holder: Client;
  /** Priced per member: 100 an adult, 50 a child; at most 4 members; free enrolment. */
  let productId: string;
  let otherProductId: string;
  const village = '0190e0c0-0000-7000-8000-0000000000a1';

  const publish = (...events: CloudEvent<unknown>[]) => service.publishAs('insuree', events);
  const rowsOf = (policyId: string) =>
    service.query<CoverageRow>(
      `select insuree_id, to_char(enrolment_date, 'YYYY-MM-DD') as enrolment_date, to_char(effective_date, 'YYYY-MM-DD') as effective_date,
         deleted_at is not null as deleted from insuree_policy where policy_id = $1 order by valid_from, id`,
      [policyId],
    );
  const currentHolders = async (policyId: string) => (await rowsOf(policyId)).filter((row) => !row.deleted).map((row) => row.insuree_id).sort();
  const valueOf = async (policyId: string) => (await service.query<{ value: string }>('select value from policy where id = $1', [policyId]))[0].value;
  /** The insuree projection's consumer committed the event (its inbox row is written in the same transaction). */
  const projected = (event: CloudEvent<unknown>) =>
    service.eventually(async () => (await service.query("select 1 from inbox where event_id = $1 and consumer = 'policy-insuree-projection'", [event.id])).length === 1);
  /** Backends of the service's database waiting for a lock (the test's holder never waits). */
  const waiting = (count: number) =>
    service.eventually(async () => {
      const [row] = await service.query<{ n: string }>("select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
      return Number(row.n) >= count;
    });
  const createPolicy = async (familyId: string, product = productId) => (await service.data(CREATE_POLICY, { input: { familyId, productId: product, enrolDate: today() } })).createPolicy;

  beforeAll(async () => {
    ({ service } = await startPolicy());
    const create = async (code: string) => {
      const input = productInput(code, { dateFrom: '2020-01-01', dateTo: '2099-12-31', memberCount: 4, threshold: 0, lumpSum: '0', premiumAdult: '100', premiumChild: '50', startCycles: [] });
      const result = (await service.data(CREATE_PRODUCT, { input })).createProduct;
      expect(result.errors).toEqual([]);
      return result.product.id as string;
    };
    productId = await create('RACE');
    otherProductId = await create('RACE2');
    holder = new Client({ connectionString: service.db.url });
    await holder.connect();
  });

  afterEach(async () => {
    await holder.query('rollback');
  });

  afterAll(async () => {
    await holder?.end();
    await service?.close();
  });

  const seed = async (birthDates: string[]): Promise<SeededFamily> => {
    const family = familyStates(village, birthDates);
    await seedFamilies(service, [family]);
    return family;
  };

  it('covers a member whose creation the projection applies after createPolicy read the family', async () => {
    const family = await seed(['1980-01-01']);
    const child = insureeState({ familyId: family.family.id, familyVillageId: village, birthDate: '2021-01-01' });
    const birth = createEvent(insureeCreatedEvent, { subject: child.id, data: child });
    await holder.query('begin');
    await holder.query('lock table projected_insuree in share mode');
    await publish(birth);
    await waiting(1); // the projection's consumer waits to write the child

    const created = await createPolicy(family.family.id);
    expect(created.errors).toEqual([]);
    expect(created.policy.value).toBe('100.00'); // the head alone: the child is not projected yet
    await holder.query('commit');
    await projected(birth);

    expect(await currentHolders(created.policy.id)).toEqual([family.members[0].id, child.id].sort());
    expect((await rowsOf(created.policy.id)).find((row) => row.insuree_id === child.id)).toEqual({
      insuree_id: child.id,
      enrolment_date: today(),
      effective_date: null,
      deleted: false,
    });
    expect(await valueOf(created.policy.id)).toBe('150.00');
  });

  it('uncovers a member whose deletion the projection applies after createPolicy read the family', async () => {
    const family = await seed(['1980-01-01', '2019-01-01']);
    const child = family.members[1];
    const deletion = createEvent(insureeDeletedEvent, {
      subject: child.id,
      data: { id: child.id, insuranceNumber: child.insuranceNumber, familyId: family.family.id, version: 2 },
    });
    await holder.query('begin');
    await holder.query('lock table projected_insuree in share mode');
    await publish(deletion);
    await waiting(1);

    const created = await createPolicy(family.family.id);
    expect(created.errors).toEqual([]);
    expect(created.policy.value).toBe('150.00');
    await holder.query('commit');
    await projected(deletion);

    expect(await currentHolders(created.policy.id)).toEqual([family.members[0].id]);
    expect(await valueOf(created.policy.id)).toBe('100.00');
  });

  it('makes createPolicy wait for a member joining the family, then count it (no second row from the join)', async () => {
    const family = await seed(['1980-01-01']);
    const { policy: existing } = await insertPolicy(service, {
      familyId: family.family.id,
      productId: otherProductId,
      value: '100.00',
      startDate: today(),
      members: [{ insureeId: family.members[0].id }],
    });
    const child = insureeState({ familyId: family.family.id, familyVillageId: village, birthDate: '2022-02-02' });
    const birth = createEvent(insureeCreatedEvent, { subject: child.id, data: child });
    await holder.query('begin');
    await holder.query('select id from policy where id = $1 for update', [existing.id]);
    await publish(birth);
    await waiting(1); // the member's change holds its family and waits for the existing policy

    const creating = createPolicy(family.family.id);
    await waiting(2); // createPolicy waits for the member's change
    await holder.query('commit');
    const created = await creating;
    await projected(birth);

    expect(created.errors).toEqual([]);
    expect(created.policy.value).toBe('150.00');
    expect(await currentHolders(created.policy.id)).toEqual([family.members[0].id, child.id].sort());
    expect(await currentHolders(existing.id)).toEqual([family.members[0].id, child.id].sort());
  });

  it('makes a member’s change wait for a renewal of the family, then join the renewal too', async () => {
    const family = await seed(['1980-01-01']);
    const { policy: previous } = await insertPolicy(service, {
      familyId: family.family.id,
      productId: otherProductId,
      value: '100.00',
      startDate: today(),
      members: [{ insureeId: family.members[0].id }],
    });
    const child = insureeState({ familyId: family.family.id, familyVillageId: village, birthDate: '2023-03-03' });
    const birth = createEvent(insureeCreatedEvent, { subject: child.id, data: child });
    await holder.query('begin');
    await holder.query('select id from product where id = $1 for update', [otherProductId]);
    const renewing = service.data(RENEW_POLICY, { input: { policyId: previous.id, enrolDate: today() } });
    await waiting(1); // the renewal holds the family and its previous policy, and waits for the product
    await publish(birth);
    await waiting(2); // the member's change waits for the renewal
    await holder.query('commit');
    const renewed = (await renewing).renewPolicy;
    await projected(birth);

    expect(renewed.errors).toEqual([]);
    expect(await currentHolders(renewed.policy.id)).toEqual([family.members[0].id, child.id].sort());
    expect(await currentHolders(previous.id)).toEqual([family.members[0].id, child.id].sort());
  });
});
