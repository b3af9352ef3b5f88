import { IMIS_ADMINISTRATOR_ROLE_ID } from '../src/modules/user/domain/system-role-ids';
import { ERRORS, startWorld, USER_FIELDS, type World } from './support/user-admin';

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { ${USER_FIELDS} } ${ERRORS} } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { ${USER_FIELDS} } ${ERRORS} } }`;
const DELETE = `mutation ($input: DeleteUserInput!) { deleteUser(input: $input) { user { id } ${ERRORS} } }`;
const CLERK_ROLE_ID = '00000000-0000-4000-8000-000000000008';

describe('identity: users', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world.identity.close());

  const create = (input: Record<string, unknown>, headers = world.admin) => world.identity.data(CREATE, { input }, headers);
  const input = (overrides: Record<string, unknown> = {}) => ({
    username: `user${Math.random().toString(36).slice(2, 8)}`,
    lastName: 'Doe',
    otherNames: 'Jane',
    roleIds: [CLERK_ROLE_ID],
    districtIds: [world.district(1).id],
    ...overrides,
  });

  it('creates a user with its roles, districts, defaults and a password, and reads it back', async () => {
    const { createUser } = await create(input({ username: 'Jane.Doe', email: 'jane@example.org', password: 'Correct-Horse-42', clientMutationId: 'c1' }));
    expect(createUser.errors).toEqual([]);
    expect(createUser.clientMutationId).toBe('c1');
    expect(createUser.user).toMatchObject({
      username: 'Jane.Doe',
      language: 'en',
      activeFrom: new Date().toISOString().slice(0, 10),
      activeTo: null,
      roleIds: [CLERK_ROLE_ID],
      roles: [{ id: CLERK_ROLE_ID, name: 'Clerk' }],
      districtIds: [world.district(1).id],
      version: 1,
    });
    const [credential] = await world.identity.query('select user_id from credential where user_id = $1', [createUser.user.id]);
    expect(credential).toBeDefined();
    const { user } = await world.identity.data(`query ($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`, { id: createUser.user.id }, world.admin);
    expect(user).toEqual(createUser.user);
  });

  it('keeps the id a client chose', async () => {
    const id = '0190f7a4-1d2e-7c3b-8a9f-0000000000a1';
    const { createUser } = await create(input({ id }));
    expect(createUser.user.id).toBe(id);
  });

  it('changes a user on update, clearing a field sent as null and keeping the previous version in its history', async () => {
    const { createUser } = await create(input({ phone: '+255 1' }));
    const { updateUser } = await world.identity.data(
      UPDATE,
      { input: { ...input({ username: createUser.user.username, lastName: 'Smith' }), id: createUser.user.id, version: 1, phone: null, language: 'fr', activeTo: '2099-12-31' } },
      world.admin,
    );
    expect(updateUser.errors).toEqual([]);
    expect(updateUser.user).toMatchObject({ lastName: 'Smith', phone: null, language: 'fr', activeTo: '2099-12-31', version: 2 });
    const { userHistory } = await world.identity.data(
      'query ($id: ID!) { userHistory(id: $id) { id version lastName phone roleIds districtIds validTo replacedBy } }',
      { id: createUser.user.id },
      world.admin,
    );
    expect(userHistory).toEqual([expect.objectContaining({ version: 1, lastName: 'Doe', phone: '+255 1', roleIds: [CLERK_ROLE_ID], districtIds: [world.district(1).id] })]);
  });

  it('changes only the fields sent: absent ones stay as they were', async () => {
    const { createUser } = await create(input({ email: 'kept@example.org', phone: '+255 2', language: 'fr', activeTo: '2099-01-31' }));
    const { updateUser } = await world.identity.data(UPDATE, { input: { id: createUser.user.id, lastName: 'Renamed' } }, world.admin);
    expect(updateUser.errors).toEqual([]);
    expect(updateUser.user).toEqual({ ...createUser.user, lastName: 'Renamed', version: 2 });
    const cleared = await world.identity.data(UPDATE, { input: { id: createUser.user.id, lastName: null } }, world.admin);
    expect(cleared.updateUser.errors).toEqual([expect.objectContaining({ field: 'lastName' })]);
  });

  it('refuses an update from a stale version', async () => {
    const { createUser } = await create(input());
    const response = await world.identity.data(UPDATE, { input: { ...input(), id: createUser.user.id, version: 7 } }, world.admin);
    expect(response.updateUser.errors).toEqual([expect.objectContaining({ code: 'VERSION_CONFLICT', field: 'version' })]);
  });

  it('soft-deletes a user and frees its username', async () => {
    const { createUser } = await create(input({ username: 'leaving' }));
    const { deleteUser } = await world.identity.data(DELETE, { input: { id: createUser.user.id } }, world.admin);
    expect(deleteUser).toMatchObject({ user: { id: createUser.user.id }, errors: [] });
    const { user } = await world.identity.data('query ($id: ID!) { user(id: $id) { id } }', { id: createUser.user.id }, world.admin);
    expect(user).toBeNull();
    const [row] = await world.identity.query<{ deleted_at: Date | null }>('select deleted_at from app_user where id = $1', [createUser.user.id]);
    expect(row.deleted_at).not.toBeNull();
    const again = await create(input({ username: 'LEAVING' }));
    expect(again.createUser.errors).toEqual([]);
    const missing = await world.identity.data(DELETE, { input: { id: createUser.user.id } }, world.admin);
    expect(missing.deleteUser.errors).toEqual([expect.objectContaining({ code: 'USER_NOT_FOUND' })]);
  });

  it('ends the sessions of a user whose password is reset, or who is deleted', async () => {
    const { createUser } = await create(input({ username: 'session.user', password: 'First-Password-11' }));
    const login = async (password: string) =>
      (await world.identity.data('mutation ($input: LoginInput!) { login(input: $input) { refreshToken errors { code } } }', { input: { username: 'session.user', password } })).login;
    const revoked = async () =>
      (await world.identity.query<{ revoked: boolean }>('select revoked_at is not null as revoked from refresh_token where user_id = $1', [createUser.user.id])).map((row) => row.revoked);
    expect((await login('First-Password-11')).errors).toEqual([]);
    const reset = await world.identity.data(
      UPDATE,
      { input: { ...input({ username: 'session.user' }), id: createUser.user.id, password: 'Second-Password-22' } },
      world.admin,
    );
    expect(reset.updateUser.errors).toEqual([]);
    expect(await revoked()).toEqual([true]);
    expect((await login('First-Password-11')).errors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    expect((await login('Second-Password-22')).errors).toEqual([]);
    await world.identity.data(DELETE, { input: { id: createUser.user.id } }, world.admin);
    expect(await revoked()).toEqual([true, true]);
  });

  it('lists users with filters and pages', async () => {
    await create(input({ username: 'filter-a', lastName: 'Filterson', districtIds: [world.district(2).id] }));
    await create(input({ username: 'filter-b', lastName: 'Filterson', districtIds: [world.district(2).id], roleIds: [IMIS_ADMINISTRATOR_ROLE_ID] }));
    const query = `query ($filter: UserFilterInput, $first: Int) { users(filter: $filter, first: $first) { totalCount edges { node { username } } pageInfo { hasNextPage } } }`;
    const byName = await world.identity.data(query, { filter: { name: 'filterson' }, first: 1 }, world.admin);
    expect(byName.users).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect(byName.users.edges).toHaveLength(1);
    const byRole = await world.identity.data(query, { filter: { roleId: IMIS_ADMINISTRATOR_ROLE_ID, districtId: world.district(2).id } }, world.admin);
    expect(byRole.users.edges.map((edge: { node: { username: string } }) => edge.node.username)).toEqual(['filter-b']);
  });
});
