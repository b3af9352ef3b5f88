import { Right } from '@imis/auth';
import type { GraphQLData, ServiceTestApp, TestAuthority, TestUser } from '@imis/testing';
import { CREATE_LOCATION, DELETE_LOCATION, MOVE_LOCATION, UPDATE_LOCATION } from './support/location-operations';
import { ADMINISTRATOR, LOCATION_TABLES, startLocation } from './support/location-service';

/** Another administrator: the same request from it is its own, never a replay of the first one's. */
const OTHER_ADMINISTRATOR: TestUser = { id: '0190e0c0-0000-7000-8000-00000000ad02', username: 'admin2', admin: true };

/** Update (history), move (subtree), delete (children), idempotent retries and the events they publish. */
describe('location service: changing the tree', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  const ids: Record<string, string> = {};
  let districtEditor: TestUser;

  const mutate = async (document: string, input: Record<string, unknown>, as: TestUser = ADMINISTRATOR) => {
    const data = await service.data(document, { input }, await authority.headers(as));
    return Object.values(data)[0] as { location: GraphQLData | null; errors: { code: string; field: string | null }[] };
  };
  const create = async (key: string, input: Record<string, unknown>) => {
    const { location, errors } = await mutate(CREATE_LOCATION, input);
    expect(errors).toEqual([]);
    ids[key] = location!.id;
  };
  const ancestorsOf = async (key: string) =>
    (await service.query<{ ancestor_ids: string[] }>('select ancestor_ids from location where id = $1', [ids[key]]))[0].ancestor_ids;

  beforeAll(async () => {
    ({ service, authority } = await startLocation());
    await create('r1', { code: 'R1', name: 'North', type: 'REGION' });
    await create('r2', { code: 'R2', name: 'South', type: 'REGION' });
    await create('d1', { code: 'D1', name: 'Lakeside', type: 'DISTRICT', parentId: ids.r1 });
    await create('d2', { code: 'D2', name: 'Hills', type: 'DISTRICT', parentId: ids.r2 });
    await create('w1', { code: 'W1', name: 'Harbour', type: 'WARD', parentId: ids.d1 });
    await create('v1', { code: 'V1', name: 'Fishers', type: 'VILLAGE', parentId: ids.w1 });
    districtEditor = { id: '0190e0c0-0000-7000-8000-0000000000e1', username: 'dho-lakeside', rights: [Right.LocationEdit], districtIds: [ids.d1] };
  });

  afterAll(async () => {
    await service?.close();
  });

  it('keeps the previous version with its actor (the verified user) when a location is updated, and never nulls unsent fields', async () => {
    await mutate(UPDATE_LOCATION, { id: ids.d1, malePopulation: 100, families: 30 });
    const { location, errors } = await mutate(UPDATE_LOCATION, { id: ids.d1, name: 'Lakeside East' }, districtEditor);
    expect(errors).toEqual([]);
    expect(location).toMatchObject({ name: 'Lakeside East', code: 'D1', malePopulation: 100, families: 30, version: 3, changedBy: districtEditor.id });

    const { locationHistory } = await service.data(`query ($id: ID!) {
      locationHistory(id: $id) { version name malePopulation validFrom validTo changedBy replacedBy typeCode parentId }
    }`, { id: ids.d1 });
    expect(locationHistory).toEqual([
      expect.objectContaining({ version: 1, name: 'Lakeside', malePopulation: null, changedBy: ADMINISTRATOR.id, replacedBy: ADMINISTRATOR.id, typeCode: 'D', parentId: ids.r1 }),
      expect.objectContaining({ version: 2, name: 'Lakeside', malePopulation: 100, changedBy: ADMINISTRATOR.id, replacedBy: districtEditor.id }),
    ]);
    expect(new Date(locationHistory[1].validTo).getTime()).toBeGreaterThanOrEqual(new Date(locationHistory[1].validFrom).getTime());
  });

  it('writes nothing for an update that changes nothing', async () => {
    const before = await service.counts(LOCATION_TABLES);
    const { location } = await mutate(UPDATE_LOCATION, { id: ids.d1, name: ' Lakeside East ', families: 30 });
    expect(location!.version).toBe(3);
    expect(await service.counts(LOCATION_TABLES)).toEqual(before);
  });

  it('refuses an update to a code another current location has', async () => {
    const { errors } = await mutate(UPDATE_LOCATION, { id: ids.d1, code: 'D2' });
    expect(errors).toEqual([expect.objectContaining({ code: 'LOCATION_CODE_DUPLICATE', field: 'code' })]);
  });

  it('moves a district to another region and rewrites its whole subtree', async () => {
    const { location, errors } = await mutate(MOVE_LOCATION, { id: ids.d1, newParentId: ids.r2 });
    expect(errors).toEqual([]);
    expect(location).toMatchObject({ parentId: ids.r2, ancestorIds: [ids.r2], version: 4 });
    expect(await ancestorsOf('w1')).toEqual([ids.r2, ids.d1]);
    expect(await ancestorsOf('v1')).toEqual([ids.r2, ids.d1, ids.w1]);
    const subtree = await service.data(`{ locations(filter: { ancestorId: "${ids.r2}" }) { totalCount } }`);
    expect(subtree.locations.totalCount).toBe(4);
  });

  it('refuses a move under the wrong level or into the moved subtree', async () => {
    expect((await mutate(MOVE_LOCATION, { id: ids.w1, newParentId: ids.r1 })).errors[0].code).toBe('LOCATION_PARENT_WRONG_LEVEL');
    expect((await mutate(MOVE_LOCATION, { id: ids.d1, newParentId: ids.d1 })).errors[0].code).toBe('LOCATION_MOVE_CYCLE');
    expect((await mutate(MOVE_LOCATION, { id: ids.r1, newParentId: ids.r2 })).errors[0].code).toBe('LOCATION_REGION_HAS_NO_PARENT');
  });

  it('refuses to delete a location with children unless they get a new parent', async () => {
    const before = await service.counts(LOCATION_TABLES);
    const refused = await mutate(DELETE_LOCATION, { id: ids.d1 });
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'LOCATION_HAS_CHILDREN', field: 'newParentId' })]);
    expect(await service.counts(LOCATION_TABLES)).toEqual(before);

    const wrongLevel = await mutate(DELETE_LOCATION, { id: ids.d1, newParentId: ids.r1 });
    expect(wrongLevel.errors[0].code).toBe('LOCATION_PARENT_WRONG_LEVEL');

    const deleted = await mutate(DELETE_LOCATION, { id: ids.d1, newParentId: ids.d2 });
    expect(deleted.errors).toEqual([]);
    const ward = await service.data(`{ location(id: "${ids.w1}") { parentId ancestorIds version parent { code } } }`);
    expect(ward.location).toEqual({ parentId: ids.d2, ancestorIds: [ids.r2, ids.d2], version: 2, parent: { code: 'D2' } });
    expect(await ancestorsOf('v1')).toEqual([ids.r2, ids.d2, ids.w1]);
    expect((await service.data(`{ location(id: "${ids.d1}") { id } }`)).location).toBeNull();
    const history = await service.data(`{ locationHistory(id: "${ids.d1}") { version } }`);
    expect(history.locationHistory.map((version: { version: number }) => version.version)).toEqual([1, 2, 3, 4]);
  });

  it('lets a deleted location\'s code be used again', async () => {
    await create('d1bis', { code: 'D1', name: 'Lakeside again', type: 'DISTRICT', parentId: ids.r1 });
    expect(ids.d1bis).not.toBe(ids.d1);
  });

  it('returns the first result for a retried clientMutationId, without a second row or event, and refuses it reused for something else', async () => {
    const input = { clientMutationId: 'phone-42', code: 'V7', name: 'Retry', type: 'VILLAGE', parentId: ids.w1 };
    const first = await service.data(CREATE_LOCATION, { input });
    const before = await service.counts(LOCATION_TABLES);
    const retry = await service.data(CREATE_LOCATION, { input });
    expect(retry.createLocation).toEqual(first.createLocation);
    expect(retry.createLocation.clientMutationId).toBe('phone-42');
    expect(await service.counts(LOCATION_TABLES)).toEqual(before);
    expect(await service.count('client_mutation')).toBe(1);

    // Replays are keyed by the verified user: another user's request with the same id runs for real.
    const otherUser = await service.data(CREATE_LOCATION, { input }, await authority.headers(OTHER_ADMINISTRATOR));
    expect(otherUser.createLocation.errors).toEqual([expect.objectContaining({ code: 'LOCATION_CODE_DUPLICATE' })]);
    expect(await service.counts(LOCATION_TABLES)).toEqual(before);

    // The key reused for another operation or another input: a payload error, nothing written.
    const otherOperation = await service.data(UPDATE_LOCATION, { input: { clientMutationId: 'phone-42', id: ids.v1, name: 'Other' } });
    expect(otherOperation.updateLocation.errors).toEqual([expect.objectContaining({ code: 'CLIENT_MUTATION_ID_REUSED', field: 'clientMutationId' })]);
    const otherInput = await service.data(CREATE_LOCATION, { input: { ...input, name: `${input.name} bis` } });
    expect(otherInput.createLocation.errors).toEqual([expect.objectContaining({ code: 'CLIENT_MUTATION_ID_REUSED', field: 'clientMutationId' })]);
    expect(await service.counts(LOCATION_TABLES)).toEqual(before);
  });

  it('publishes every change to JetStream with its type and data, in order', async () => {
    const events = await service.publishedEvents(await service.count('outbox'));
    const subjects = events.map((event) => event.subject);
    expect(subjects.every((subject) => subject.startsWith(service.prefix))).toBe(true);
    expect(events.map((event) => event.type)).toEqual([
      ...Array(6).fill('imis.location.location.created.v1'),
      'imis.location.location.updated.v1',
      'imis.location.location.updated.v1',
      'imis.location.location.moved.v1',
      'imis.location.location.moved.v1', // the ward, re-parented by the deletion
      'imis.location.location.deleted.v1',
      'imis.location.location.created.v1',
      'imis.location.location.created.v1',
    ]);
    const moved = events[8];
    expect(moved).toMatchObject({
      subjectId: ids.d1,
      data: { id: ids.d1, code: 'D1', type: 'D', oldParentId: ids.r1, newParentId: ids.r2, ancestorIds: [ids.r2], version: 4 },
    });
    expect(events[9].data).toMatchObject({ id: ids.w1, oldParentId: ids.d1, newParentId: ids.d2, ancestorIds: [ids.r2, ids.d2], version: 2 });
    expect(events[10].data).toEqual({ id: ids.d1, code: 'D1', type: 'D', parentId: ids.r2, version: 5 });
    expect(events[5].data).toEqual({
      id: ids.v1, code: 'V1', name: 'Fishers', type: 'V', parentId: ids.w1, ancestorIds: [ids.r1, ids.d1, ids.w1],
      malePopulation: null, femalePopulation: null, otherPopulation: null, families: null, version: 1,
    });
  });
});
