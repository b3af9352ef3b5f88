import type { ServiceTestApp } from '@imis/testing';
import { CREATE_LOCATION, UPDATE_LOCATION } from './support/location-operations';
import { startLocation } from './support/location-service';

/**
 * A mobile client on a bad network sends the same mutation many times at once: every answer is the first
 * result (never LOCATION_CODE_DUPLICATE for its own first attempt), and the command ran once.
 */
describe('location service: concurrent retries of one clientMutationId', () => {
  let service: ServiceTestApp;

  beforeAll(async () => {
    ({ service } = await startLocation());
  });
  afterAll(() => service.close());

  const twentyTimes = <T>(send: () => Promise<T>) => Promise.all(Array.from({ length: 20 }, send));
  const same = <T>(answers: T[]) => answers.filter((answer) => JSON.stringify(answer) === JSON.stringify(answers[0])).length;

  it('createLocation: 20 concurrent sends, one location and one event, 20 times the first result', async () => {
    const input = { clientMutationId: 'region-once', code: 'R1', name: 'Lakes', type: 'REGION' };
    const answers = await twentyTimes(async () => (await service.data(CREATE_LOCATION, { input })).createLocation);
    expect(answers[0]).toMatchObject({ errors: [], clientMutationId: 'region-once', location: { code: 'R1', version: 1 } });
    expect(same(answers)).toBe(20);
    expect(await service.counts(['location', 'outbox', 'client_mutation'])).toEqual({ location: 1, outbox: 1, client_mutation: 1 });
  });

  it('updateLocation: 20 concurrent sends of one change, one new version, 20 times the first result', async () => {
    const [{ id }] = await service.query<{ id: string }>("select id from location where code = 'R1'");
    const input = { clientMutationId: 'rename-once', id, name: 'Great Lakes' };
    const answers = await twentyTimes(async () => (await service.data(UPDATE_LOCATION, { input })).updateLocation);
    expect(answers[0]).toMatchObject({ errors: [], location: { name: 'Great Lakes', version: 2 } });
    expect(same(answers)).toBe(20);
    expect(await service.counts(['history', 'outbox'])).toEqual({ history: 1, outbox: 2 });
  });
});
