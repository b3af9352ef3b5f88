import { ADMIN_TABLES, ERRORS, startWorld, type World } from './support/user-admin';

const OFFICER_FIELDS = 'id code lastName otherNames birthDate phone email address villageIds substitutionOfficerId worksTo phoneCommunication userId version';
const CREATE = `mutation ($input: CreateEnrolmentOfficerInput!) { createEnrolmentOfficer(input: $input) { enrolmentOfficer { ${OFFICER_FIELDS} } ${ERRORS} } }`;
const UPDATE = `mutation ($input: UpdateEnrolmentOfficerInput!) { updateEnrolmentOfficer(input: $input) { enrolmentOfficer { ${OFFICER_FIELDS} } ${ERRORS} } }`;
const DELETE = `mutation ($input: DeleteEnrolmentOfficerInput!) { deleteEnrolmentOfficer(input: $input) { enrolmentOfficer { id } ${ERRORS} } }`;
const UNKNOWN_ID = '0190f7a4-1d2e-7c3b-8a9f-00000000dead';

describe('identity: enrolment officers', () => {
  let world: World;
  let userId: string;

  beforeAll(async () => {
    world = await startWorld();
    const { createUser } = await world.identity.data(
      `mutation { createUser(input: { username: "officer-login", lastName: "L", otherNames: "O", roleIds: [] }) { user { id } } }`,
      {},
      world.admin,
    );
    userId = createUser.user.id;
  });
  afterAll(() => world.identity.close());

  let sequence = 0;
  const input = (overrides: Record<string, unknown> = {}) => ({
    code: `EO${++sequence}`,
    lastName: 'Officer',
    otherNames: 'Eve',
    villageIds: [world.village(1).id],
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}, headers = world.admin) =>
    (await world.identity.data(CREATE, { input: input(overrides) }, headers)).createEnrolmentOfficer;

  async function expectRefused(mutation: string, values: Record<string, unknown>, code: string, field: string) {
    const before = await world.identity.counts(ADMIN_TABLES);
    const payload = Object.values(await world.identity.data(mutation, { input: values }, world.admin))[0] as { errors: unknown[] };
    expect(payload.errors).toEqual([expect.objectContaining({ code, field })]);
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
  }

  it('creates, reads, replaces and deletes an officer, keeping its history', async () => {
    const created = await create({ birthDate: '1990-05-01', phone: '+255', address: 'Main street', worksTo: '2030-01-01', phoneCommunication: true, userId });
    expect(created.errors).toEqual([]);
    expect(created.enrolmentOfficer).toMatchObject({ birthDate: '1990-05-01', villageIds: [world.village(1).id], phoneCommunication: true, userId, version: 1 });
    const id = created.enrolmentOfficer.id;
    const { updateEnrolmentOfficer } = await world.identity.data(
      UPDATE,
      { input: { ...input({ code: created.enrolmentOfficer.code, villageIds: [world.village(1).id, world.village(3).id] }), id, version: 1, userId: null, phone: null } },
      world.admin,
    );
    expect(updateEnrolmentOfficer.enrolmentOfficer).toMatchObject({ villageIds: [world.village(1).id, world.village(3).id], userId: null, phone: null, birthDate: '1990-05-01', version: 2 });
    const read = await world.identity.data(
      `query ($id: ID!) { enrolmentOfficer(id: $id) { id } enrolmentOfficerHistory(id: $id) { version villageIds userId phone } }`,
      { id },
      world.admin,
    );
    expect(read.enrolmentOfficer).toEqual({ id });
    expect(read.enrolmentOfficerHistory).toEqual([{ version: 1, villageIds: [world.village(1).id], userId, phone: '+255' }]);
    const { deleteEnrolmentOfficer } = await world.identity.data(DELETE, { input: { id } }, world.admin);
    expect(deleteEnrolmentOfficer.errors).toEqual([]);
    expect((await world.identity.data('query ($id: ID!) { enrolmentOfficer(id: $id) { id } }', { id }, world.admin)).enrolmentOfficer).toBeNull();
  });

  it('lists officers by code, name and village, and only inside the caller scope', async () => {
    await create({ code: 'EOD2', lastName: 'Southerner', villageIds: [world.village(4).id] });
    const query = `query ($filter: EnrolmentOfficerFilterInput) { enrolmentOfficers(filter: $filter) { edges { node { code } } } }`;
    const codes = async (filter: Record<string, unknown>, headers = world.admin) =>
      (await world.identity.data(query, { filter }, headers)).enrolmentOfficers.edges.map((edge: { node: { code: string } }) => edge.node.code);
    expect(await codes({ code: 'EOD2' })).toEqual(['EOD2']);
    expect(await codes({ name: 'southern' })).toEqual(['EOD2']);
    expect(await codes({ villageId: world.village(4).id })).toEqual(['EOD2']);
    const d1 = await world.headers({ rights: [121501], districtIds: [world.district(1).id] });
    expect(await codes({ code: 'EOD2' }, d1)).toEqual([]);
    const d2 = await world.headers({ rights: [121501], districtIds: [world.district(2).id] });
    expect(await codes({ code: 'EOD2' }, d2)).toEqual(['EOD2']);
  });

  it('OFFICER_CODE_TAKEN among current officers', async () => {
    const { enrolmentOfficer } = await create();
    await expectRefused(CREATE, input({ code: enrolmentOfficer.code }), 'OFFICER_CODE_TAKEN', 'code');
  });

  it('UNKNOWN_VILLAGE, also for a district given as a village', async () => {
    await expectRefused(CREATE, input({ villageIds: [UNKNOWN_ID] }), 'UNKNOWN_VILLAGE', 'villageIds');
    await expectRefused(CREATE, input({ villageIds: [world.district(1).id] }), 'UNKNOWN_VILLAGE', 'villageIds');
  });

  it('UNKNOWN_USER for a login that is not a current user', async () => {
    await expectRefused(CREATE, input({ userId: UNKNOWN_ID }), 'UNKNOWN_USER', 'userId');
  });

  it('SUBSTITUTION_LOOP when the chain of substitutes returns to the officer', async () => {
    const a = (await create()).enrolmentOfficer;
    const b = (await create({ substitutionOfficerId: a.id })).enrolmentOfficer;
    const c = (await create({ substitutionOfficerId: b.id })).enrolmentOfficer;
    await expectRefused(UPDATE, { ...input({ code: a.code }), id: a.id, substitutionOfficerId: c.id }, 'SUBSTITUTION_LOOP', 'substitutionOfficerId');
    await expectRefused(UPDATE, { ...input({ code: a.code }), id: a.id, substitutionOfficerId: a.id }, 'SUBSTITUTION_LOOP', 'substitutionOfficerId');
    await expectRefused(CREATE, input({ substitutionOfficerId: UNKNOWN_ID }), 'UNKNOWN_SUBSTITUTION_OFFICER', 'substitutionOfficerId');
  });

  it('UNKNOWN_VILLAGE for villages outside a district user scope', async () => {
    const headers = await world.headers({ rights: [121502], districtIds: [world.district(1).id] });
    const before = await world.identity.counts(ADMIN_TABLES);
    const refused = await create({ villageIds: [world.village(3).id] }, headers);
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'UNKNOWN_VILLAGE', field: 'villageIds' })]);
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
    expect((await create({ villageIds: [world.village(2).id] }, headers)).errors).toEqual([]);
  });

  it('ENROLMENT_OFFICER_NOT_FOUND and VERSION_CONFLICT', async () => {
    await expectRefused(DELETE, { id: UNKNOWN_ID }, 'ENROLMENT_OFFICER_NOT_FOUND', 'id');
    const { enrolmentOfficer } = await create();
    await expectRefused(UPDATE, { ...input({ code: enrolmentOfficer.code }), id: enrolmentOfficer.id, version: 3 }, 'VERSION_CONFLICT', 'version');
  });
});
