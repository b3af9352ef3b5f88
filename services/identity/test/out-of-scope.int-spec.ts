import { rightRange } from '@imis/auth';
import { ADMIN_TABLES, ERRORS, startWorld, type World } from './support/user-admin';

const UNKNOWN_ID = '0190f7a4-1d2e-7c3b-8a9f-00000000dead';

const MUTATIONS = {
  createUser: `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERRORS} } }`,
  updateUser: `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { id } ${ERRORS} } }`,
  deleteUser: `mutation ($input: DeleteUserInput!) { deleteUser(input: $input) { user { id } ${ERRORS} } }`,
  createEnrolmentOfficer: `mutation ($input: CreateEnrolmentOfficerInput!) { createEnrolmentOfficer(input: $input) { enrolmentOfficer { id } ${ERRORS} } }`,
  updateEnrolmentOfficer: `mutation ($input: UpdateEnrolmentOfficerInput!) { updateEnrolmentOfficer(input: $input) { enrolmentOfficer { id } ${ERRORS} } }`,
  deleteEnrolmentOfficer: `mutation ($input: DeleteEnrolmentOfficerInput!) { deleteEnrolmentOfficer(input: $input) { enrolmentOfficer { id } ${ERRORS} } }`,
  createClaimAdministrator: `mutation ($input: CreateClaimAdministratorInput!) { createClaimAdministrator(input: $input) { claimAdministrator { id } ${ERRORS} } }`,
  updateClaimAdministrator: `mutation ($input: UpdateClaimAdministratorInput!) { updateClaimAdministrator(input: $input) { claimAdministrator { id } ${ERRORS} } }`,
  deleteClaimAdministrator: `mutation ($input: DeleteClaimAdministratorInput!) { deleteClaimAdministrator(input: $input) { claimAdministrator { id } ${ERRORS} } }`,
};

const READS = `query ($id: ID!) {
  user(id: $id) { id } userHistory(id: $id) { id }
  enrolmentOfficer(id: $id) { id } enrolmentOfficerHistory(id: $id) { id }
  claimAdministrator(id: $id) { id } claimAdministratorHistory(id: $id) { id }
}`;

type Payload = { errors: { code: string; message: string; field: string | null }[] };

/**
 * A user administrator of district D1 reaching for a record, or pointing at a location, outside its scope
 * gets exactly the answer it gets for an id that does not exist: nothing tells it the record exists.
 */
describe('identity: out of scope looks like not found', () => {
  let world: World;
  let districtAdmin: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    world = await startWorld();
    districtAdmin = await world.headers({
      rights: [...rightRange(121501, 121504), ...rightRange(121601, 121604), ...rightRange(121701, 121704)],
      districtIds: [world.district(1).id],
    });
    const created = async (mutation: keyof typeof MUTATIONS, input: Record<string, unknown>) => {
      const payload = Object.values(await world.identity.data(MUTATIONS[mutation], { input }, world.admin))[0] as Payload & Record<string, { id: string }>;
      expect(payload.errors).toEqual([]);
      return Object.values(payload).find((value) => value && typeof value === 'object' && 'id' in value)!.id;
    };
    ids.userD2 = await created('createUser', { username: 'user.d2', lastName: 'L', otherNames: 'O', roleIds: [], districtIds: [world.district(2).id] });
    ids.officerD2 = await created('createEnrolmentOfficer', { code: 'OSO1', lastName: 'L', otherNames: 'O', villageIds: [world.village(3).id] });
    ids.officerD1D2 = await created('createEnrolmentOfficer', { code: 'OSO2', lastName: 'L', otherNames: 'O', villageIds: [world.village(1).id, world.village(3).id] });
    ids.claimAdminD2 = await created('createClaimAdministrator', { code: 'OSC1', lastName: 'L', otherNames: 'O', healthFacilityId: world.facility(2).id });
  });
  afterAll(() => world.identity.close());

  it.each(['userD2', 'officerD2', 'claimAdminD2'])('reads %s as it reads an unknown id (null, no history)', async (name) => {
    const outside = await world.identity.data(READS, { id: ids[name] }, districtAdmin);
    expect(outside).toEqual(await world.identity.data(READS, { id: UNKNOWN_ID }, districtAdmin));
    expect(outside.userHistory).toEqual([]);
  });

  const user = (id: string) => ({ id, username: 'user.d2', lastName: 'L', otherNames: 'O', roleIds: [] });
  const officer = (overrides: Record<string, unknown>) => ({ code: 'OSO9', lastName: 'L', otherNames: 'O', villageIds: [], ...overrides });
  const claimAdmin = (overrides: Record<string, unknown>) => ({ code: 'OSC9', lastName: 'L', otherNames: 'O', healthFacilityId: null, ...overrides });

  // [case, mutation, the out-of-scope record or location, the input naming it]
  const cases: [string, keyof typeof MUTATIONS, () => string, (id: string) => Record<string, unknown>][] = [
    ['updateUser of a user of another district', 'updateUser', () => ids.userD2, (id) => ({ ...user(id), districtIds: [world.district(1).id] })],
    ['deleteUser of a user of another district', 'deleteUser', () => ids.userD2, (id) => ({ id })],
    ['updateEnrolmentOfficer of an officer of another district', 'updateEnrolmentOfficer', () => ids.officerD2, (id) => officer({ id, villageIds: [world.village(1).id] })],
    ['updateEnrolmentOfficer of an officer partly in another district', 'updateEnrolmentOfficer', () => ids.officerD1D2, (id) => officer({ id, villageIds: [world.village(1).id] })],
    ['deleteEnrolmentOfficer of an officer partly in another district', 'deleteEnrolmentOfficer', () => ids.officerD1D2, (id) => ({ id })],
    ['updateClaimAdministrator of another district', 'updateClaimAdministrator', () => ids.claimAdminD2, (id) => claimAdmin({ id, healthFacilityId: world.facility(1).id })],
    ['deleteClaimAdministrator of another district', 'deleteClaimAdministrator', () => ids.claimAdminD2, (id) => ({ id })],
    ['createUser in a district of another scope', 'createUser', () => world.district(2).id, (id) => ({ username: 'new.user', lastName: 'L', otherNames: 'O', roleIds: [], districtIds: [id] })],
    ['createUser with a facility of another district', 'createUser', () => world.facility(2).id, (id) => ({ username: 'new.user', lastName: 'L', otherNames: 'O', roleIds: [], districtIds: [world.district(1).id], healthFacilityId: id })],
    ['createEnrolmentOfficer in a village of another district', 'createEnrolmentOfficer', () => world.village(3).id, (id) => officer({ villageIds: [id] })],
    ['createEnrolmentOfficer substituted by an officer of another district', 'createEnrolmentOfficer', () => ids.officerD2, (id) => officer({ villageIds: [world.village(1).id], substitutionOfficerId: id })],
    ['createEnrolmentOfficer linked to a user of another district', 'createEnrolmentOfficer', () => ids.userD2, (id) => officer({ villageIds: [world.village(1).id], userId: id })],
    ['createClaimAdministrator of a facility of another district', 'createClaimAdministrator', () => world.facility(2).id, (id) => claimAdmin({ healthFacilityId: id })],
    ['createClaimAdministrator linked to a user of another district', 'createClaimAdministrator', () => ids.userD2, (id) => claimAdmin({ healthFacilityId: world.facility(1).id, userId: id })],
  ];

  it.each(cases)('refuses %s exactly as it refuses an unknown id, writing nothing', async (_case, mutation, target, input) => {
    const refuse = async (id: string) => {
      const before = await world.identity.counts(ADMIN_TABLES);
      const payload = Object.values(await world.identity.data(MUTATIONS[mutation], { input: input(id) }, districtAdmin))[0] as Payload;
      expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
      // A message may name the id it refuses: compare the answers with the id taken out.
      return payload.errors.map((error) => ({ ...error, message: error.message.replaceAll(id, '<id>') }));
    };
    const outside = await refuse(target());
    expect(outside).toHaveLength(1);
    expect(outside).toEqual(await refuse(UNKNOWN_ID));
  });
});
