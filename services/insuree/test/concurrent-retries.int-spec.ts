import type { ServiceTestApp } from '@imis/testing';
import { startInsuree } from './support/insuree-service';
import { person, seedPlaces } from './support/registry-fixtures';
import { CREATE_FAMILY, UPDATE_FAMILY } from './support/registry-operations';

/**
 * A mobile client on a bad network sends the same mutation many times at once: every answer is the first
 * result (never INSURANCE_NUMBER_TAKEN or VERSION_CONFLICT for its own first attempt), and it ran once.
 */
describe('insuree service: concurrent retries of one clientMutationId', () => {
  let service: ServiceTestApp;
  let village: string;

  beforeAll(async () => {
    ({ service } = await startInsuree());
    village = (await seedPlaces(service)).village1.id;
  });
  afterAll(() => service.close());

  const twentyTimes = <T>(send: () => Promise<T>) => Promise.all(Array.from({ length: 20 }, send));

  it('createFamily: 20 concurrent sends, one family, 20 times the first result', async () => {
    const head = person();
    const input = { villageId: village, head, clientMutationId: 'enrol-sita-once' };
    const answers = await twentyTimes(async () => (await service.data(CREATE_FAMILY, { input })).createFamily);
    expect(answers[0]).toMatchObject({ errors: [], clientMutationId: 'enrol-sita-once', family: { villageId: village } });
    expect(answers.filter((answer) => JSON.stringify(answer) === JSON.stringify(answers[0]))).toHaveLength(20);
    expect(await service.query('select count(*)::int as n from insuree where insurance_number = $1', [head.insuranceNumber])).toEqual([{ n: 1 }]);
    expect(await service.query('select count(*)::int as n from family where id = $1', [answers[0].family.id])).toEqual([{ n: 1 }]);
  });

  it('updateFamily: 20 concurrent sends of one change, one new version, 20 times the first result', async () => {
    const { family } = (await service.data(CREATE_FAMILY, { input: { villageId: village, head: person() } })).createFamily;
    const input = { id: family.id, version: family.version, address: 'Lakeside 4', clientMutationId: 'move-address-once' };
    const answers = await twentyTimes(async () => (await service.data(UPDATE_FAMILY, { input })).updateFamily);
    expect(answers[0]).toMatchObject({ errors: [], family: { address: 'Lakeside 4', version: family.version + 1 } });
    expect(answers.filter((answer) => JSON.stringify(answer) === JSON.stringify(answers[0]))).toHaveLength(20);
    expect(await service.query("select count(*)::int as n from history where entity_id = $1", [family.id])).toEqual([{ n: 1 }]);
  });
});
