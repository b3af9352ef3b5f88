import { createEvent, healthFacilityDeletedEvent, healthFacilityUpdatedEvent } from '@imis/contracts';
import { ADMIN_TABLES, ERRORS, facilityCreated, healthFacility, startWorld, type World } from './support/user-admin';

const FIELDS = 'id code lastName otherNames birthDate phone email healthFacilityId userId version';
const CREATE = `mutation ($input: CreateClaimAdministratorInput!) { createClaimAdministrator(input: $input) { claimAdministrator { ${FIELDS} } ${ERRORS} } }`;
const UPDATE = `mutation ($input: UpdateClaimAdministratorInput!) { updateClaimAdministrator(input: $input) { claimAdministrator { ${FIELDS} } ${ERRORS} } }`;
const DELETE = `mutation ($input: DeleteClaimAdministratorInput!) { deleteClaimAdministrator(input: $input) { claimAdministrator { id } ${ERRORS} } }`;
const UNKNOWN_ID = '0190f7a4-1d2e-7c3b-8a9f-00000000dead';

describe('identity: claim administrators and the health-facility projection', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world.identity.close());

  let sequence = 0;
  const input = (overrides: Record<string, unknown> = {}) => ({
    code: `CA${++sequence}`,
    lastName: 'Claims',
    otherNames: 'Carl',
    healthFacilityId: world.facility(1).id,
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}, headers = world.admin) =>
    (await world.identity.data(CREATE, { input: input(overrides) }, headers)).createClaimAdministrator;

  async function expectRefused(mutation: string, values: Record<string, unknown>, code: string, field: string, headers = world.admin) {
    const before = await world.identity.counts(ADMIN_TABLES);
    const payload = Object.values(await world.identity.data(mutation, { input: values }, headers))[0] as { errors: unknown[] };
    expect(payload.errors).toEqual([expect.objectContaining({ code, field })]);
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
  }

  it('creates, reads, replaces and deletes a claim administrator, keeping its history', async () => {
    const created = await create({ birthDate: '1985-01-02', email: 'carl@example.org' });
    expect(created.errors).toEqual([]);
    expect(created.claimAdministrator).toMatchObject({ healthFacilityId: world.facility(1).id, email: 'carl@example.org', version: 1 });
    const id = created.claimAdministrator.id;
    const { updateClaimAdministrator } = await world.identity.data(
      UPDATE,
      { input: { ...input({ code: created.claimAdministrator.code, healthFacilityId: world.facility(2).id }), id, version: 1, email: null } },
      world.admin,
    );
    expect(updateClaimAdministrator.claimAdministrator).toMatchObject({ healthFacilityId: world.facility(2).id, email: null, birthDate: '1985-01-02', version: 2 });
    const read = await world.identity.data(
      'query ($id: ID!) { claimAdministrator(id: $id) { id } claimAdministratorHistory(id: $id) { version healthFacilityId email } }',
      { id },
      world.admin,
    );
    expect(read.claimAdministrator).toEqual({ id });
    expect(read.claimAdministratorHistory).toEqual([{ version: 1, healthFacilityId: world.facility(1).id, email: 'carl@example.org' }]);
    expect((await world.identity.data(DELETE, { input: { id } }, world.admin)).deleteClaimAdministrator.errors).toEqual([]);
    expect((await world.identity.data('query ($id: ID!) { claimAdministrator(id: $id) { id } }', { id }, world.admin)).claimAdministrator).toBeNull();
  });

  it('shows a district user only the claim administrators of facilities in its districts', async () => {
    await create({ code: 'CAD2', healthFacilityId: world.facility(2).id });
    const query = '{ claimAdministrators(filter: { code: "CAD2" }) { totalCount } }';
    const d1 = await world.headers({ rights: [121601], districtIds: [world.district(1).id] });
    const d2 = await world.headers({ rights: [121601], districtIds: [world.district(2).id] });
    expect((await world.identity.data(query, {}, d1)).claimAdministrators.totalCount).toBe(0);
    expect((await world.identity.data(query, {}, d2)).claimAdministrators.totalCount).toBe(1);
    const byFacility = await world.identity.data(
      'query ($id: ID!) { claimAdministrators(filter: { healthFacilityId: $id, name: "CLAIM" }) { totalCount } }',
      { id: world.facility(2).id },
      world.admin,
    );
    expect(byFacility.claimAdministrators.totalCount).toBe(1);
  });

  it('CLAIM_ADMIN_CODE_TAKEN, UNKNOWN_HEALTH_FACILITY, UNKNOWN_USER', async () => {
    const { claimAdministrator } = await create();
    await expectRefused(CREATE, input({ code: claimAdministrator.code }), 'CLAIM_ADMIN_CODE_TAKEN', 'code');
    await expectRefused(CREATE, input({ healthFacilityId: UNKNOWN_ID }), 'UNKNOWN_HEALTH_FACILITY', 'healthFacilityId');
    await expectRefused(CREATE, input({ userId: UNKNOWN_ID }), 'UNKNOWN_USER', 'userId');
    await expectRefused(UPDATE, { ...input(), id: UNKNOWN_ID }, 'CLAIM_ADMINISTRATOR_NOT_FOUND', 'id');
  });

  it('UNKNOWN_HEALTH_FACILITY for a facility in another district', async () => {
    const headers = await world.headers({ rights: [121602], districtIds: [world.district(1).id] });
    await expectRefused(CREATE, input({ healthFacilityId: world.facility(2).id }), 'UNKNOWN_HEALTH_FACILITY', 'healthFacilityId', headers);
  });

  it('follows facility updates and deletions, ignoring older versions', async () => {
    const facility = healthFacility(world.district(1).id, 'HFX');
    const moved = { ...facility, districtId: world.district(2).id, version: 2 };
    await world.identity.publishAs('location', [
      facilityCreated(facility),
      createEvent(healthFacilityUpdatedEvent, { subject: facility.id, data: moved }),
      // Redelivered late: older than what the projection holds, so ignored.
      createEvent(healthFacilityUpdatedEvent, { subject: facility.id, data: { ...facility, code: 'OLD' } }),
    ]);
    const row = () => world.identity.query<{ code: string; district_id: string; deleted: boolean; version: number }>(
      'select code, district_id, deleted, version from projected_health_facility where id = $1',
      [facility.id],
    );
    await world.identity.eventually(async () => (await row())[0]?.version === 2);
    await world.identity.eventually(async () => (await world.identity.query('select 1 from inbox where event_type like $1', ['%health-facility.updated%'])).length === 2);
    expect((await row())[0]).toEqual({ code: 'HFX', district_id: world.district(2).id, deleted: false, version: 2 });
    await world.identity.publishAs('location', [
      createEvent(healthFacilityDeletedEvent, { subject: facility.id, data: { id: facility.id, code: 'HFX', districtId: world.district(2).id, version: 3 } }),
    ]);
    await world.identity.eventually(async () => (await row())[0]?.deleted === true);
    await expectRefused(CREATE, input({ healthFacilityId: facility.id }), 'UNKNOWN_HEALTH_FACILITY', 'healthFacilityId');
  });
});
