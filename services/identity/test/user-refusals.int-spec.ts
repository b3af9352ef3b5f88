import { ADMIN_TABLES, ERRORS, startWorld, USER_FIELDS, type World } from './support/user-admin';

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { ${USER_FIELDS} } ${ERRORS} } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { id } ${ERRORS} } }`;
const CLERK_ROLE_ID = '00000000-0000-4000-8000-000000000008';
const UNKNOWN_ID = '0190f7a4-1d2e-7c3b-8a9f-00000000dead';

describe('identity: refused user commands write nothing', () => {
  let world: World;
  let existing: { id: string; username: string };

  beforeAll(async () => {
    world = await startWorld();
    const { createUser } = await world.identity.data(CREATE, { input: base({ username: 'Taken.Name' }) }, world.admin);
    existing = createUser.user;
    await world.identity.publishedEvents(1);
  });
  afterAll(() => world.identity.close());

  function base(overrides: Record<string, unknown> = {}) {
    return { username: 'fresh', lastName: 'Doe', otherNames: 'Jane', roleIds: [CLERK_ROLE_ID], districtIds: [world.district(1).id], ...overrides };
  }

  async function expectRefused(mutation: string, input: Record<string, unknown>, code: string, field?: string) {
    const before = await world.identity.counts(ADMIN_TABLES);
    const response = await world.identity.data(mutation, { input: { clientMutationId: `refused-${code}-${Math.random()}`, ...input } }, world.admin);
    const payload = Object.values(response)[0] as { errors: { code: string; field: string; message: string }[] };
    expect(payload.errors).toContainEqual(expect.objectContaining({ code, ...(field ? { field } : {}) }));
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
    return payload.errors.find((error) => error.code === code)!;
  }

  it('USERNAME_TAKEN, ignoring case', async () => {
    await expectRefused(CREATE, base({ username: 'taken.NAME' }), 'USERNAME_TAKEN', 'username');
  });

  it('USERNAME_INVALID', async () => {
    await expectRefused(CREATE, base({ username: 'with space' }), 'USERNAME_INVALID', 'username');
    await expectRefused(CREATE, base({ username: 'x'.repeat(51) }), 'USERNAME_INVALID', 'username');
  });

  it('UNKNOWN_ROLE', async () => {
    await expectRefused(CREATE, base({ roleIds: [UNKNOWN_ID] }), 'UNKNOWN_ROLE', 'roleIds');
  });

  it('UNKNOWN_DISTRICT, also for a village given as a district', async () => {
    await expectRefused(CREATE, base({ districtIds: [UNKNOWN_ID] }), 'UNKNOWN_DISTRICT', 'districtIds');
    await expectRefused(CREATE, base({ districtIds: [world.village(1).id] }), 'UNKNOWN_DISTRICT', 'districtIds');
  });

  it('UNKNOWN_HEALTH_FACILITY', async () => {
    await expectRefused(CREATE, base({ healthFacilityId: UNKNOWN_ID }), 'UNKNOWN_HEALTH_FACILITY', 'healthFacilityId');
  });

  it('ACTIVE_WINDOW_INVALID', async () => {
    await expectRefused(CREATE, base({ activeFrom: '2026-02-01', activeTo: '2026-01-31' }), 'ACTIVE_WINDOW_INVALID', 'activeTo');
  });

  it('PASSWORD_TOO_WEAK, from the password policy, on create and on update', async () => {
    await expectRefused(CREATE, base({ password: 'short' }), 'PASSWORD_TOO_WEAK', 'password');
    await expectRefused(UPDATE, { ...base({ username: existing.username }), id: existing.id, password: 'short' }, 'PASSWORD_TOO_WEAK', 'password');
  });

  it('USER_NOT_FOUND and VERSION_CONFLICT on update', async () => {
    await expectRefused(UPDATE, { ...base(), id: UNKNOWN_ID }, 'USER_NOT_FOUND', 'id');
    await expectRefused(UPDATE, { ...base({ username: existing.username }), id: existing.id, version: 9 }, 'VERSION_CONFLICT', 'version');
  });

  it('FIELD_INVALID for names, email and language, all reported at once', async () => {
    const before = await world.identity.counts(ADMIN_TABLES);
    const { createUser } = await world.identity.data(CREATE, { input: base({ lastName: ' ', email: 'not-an-email', language: 'de' }) }, world.admin);
    expect(createUser.errors.map((error: { field: string }) => error.field).sort()).toEqual(['email', 'language', 'lastName']);
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
  });

  it('ID_TAKEN for a client id already used', async () => {
    await expectRefused(CREATE, base({ id: existing.id }), 'ID_TAKEN', 'id');
  });

  it('refuses callers without the user rights', async () => {
    const headers = await world.headers({ rights: [121701], districtIds: [world.district(1).id] });
    const response = await world.identity.graphql(CREATE, { input: base() }, headers);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
