import { rightRange, SYSTEM_ROLES } from '@imis/auth';
import { IMIS_ADMINISTRATOR_ROLE_ID, SYSTEM_ROLE_IDS } from '../src/modules/user/domain/system-role-ids';
import { ADMIN_TABLES, ERRORS, startWorld, type World } from './support/user-admin';

const CREATE = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id username } ${ERRORS} } }`;
const UPDATE = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { user { id } ${ERRORS} } }`;
const DELETE = `mutation ($input: DeleteUserInput!) { deleteUser(input: $input) { user { id } ${ERRORS} } }`;
const LIST = '{ users(first: 100) { totalCount edges { node { username } } } }';
const CLERK = SYSTEM_ROLES.find((role) => role.bit === 8)!;

describe('identity: who sees and manages which users', () => {
  let world: World;
  let districtAdmin: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    world = await startWorld();
    // A district user administering users, holding the Clerk role's rights and the IMIS Administrator's user rights.
    districtAdmin = await world.headers({ rights: [...rightRange(121701, 121704), ...CLERK.rights], districtIds: [world.district(1).id] });
    for (const [username, district, role] of [
      ['in-d1', 1, SYSTEM_ROLE_IDS[8]],
      ['in-d2', 2, SYSTEM_ROLE_IDS[8]],
      ['admin-d1', 1, IMIS_ADMINISTRATOR_ROLE_ID],
    ] as const) {
      const { createUser } = await world.identity.data(
        CREATE,
        { input: { username, lastName: 'L', otherNames: 'O', roleIds: [role], districtIds: [world.district(district).id] } },
        world.admin,
      );
      ids[username] = createUser.user.id;
    }
  });
  afterAll(() => world.identity.close());

  const names = (data: { users: { edges: { node: { username: string } }[] } }) => data.users.edges.map((edge) => edge.node.username).sort();

  it('shows a district user only the users with a district in its scope, and an administrator every user', async () => {
    expect(names(await world.identity.data(LIST, {}, districtAdmin))).toEqual(['admin-d1', 'in-d1']);
    expect(names(await world.identity.data(LIST, {}, world.admin))).toEqual(['admin-d1', 'in-d1', 'in-d2']);
    const outside = await world.identity.data('query ($id: ID!) { user(id: $id) { id } userHistory(id: $id) { id } }', { id: ids['in-d2'] }, districtAdmin);
    expect(outside).toEqual({ user: null, userHistory: [] });
  });

  it('shows nothing to a user without districts', async () => {
    const nowhere = await world.headers({ rights: [121701] });
    expect((await world.identity.data(LIST, {}, nowhere)).users.totalCount).toBe(0);
  });

  it('lets a district user create a user in its district with a role it could hold', async () => {
    const { createUser } = await world.identity.data(
      CREATE,
      { input: { username: 'made-by-district', lastName: 'L', otherNames: 'O', roleIds: [SYSTEM_ROLE_IDS[8]], districtIds: [world.district(1).id] } },
      districtAdmin,
    );
    expect(createUser.errors).toEqual([]);
  });

  it('refuses districts outside the caller scope as unknown (UNKNOWN_DISTRICT), writing nothing', async () => {
    const before = await world.identity.counts(ADMIN_TABLES);
    const { createUser } = await world.identity.data(
      CREATE,
      { input: { username: 'outside', lastName: 'L', otherNames: 'O', roleIds: [], districtIds: [world.district(2).id] } },
      districtAdmin,
    );
    expect(createUser.errors).toEqual([{ code: 'UNKNOWN_DISTRICT', message: `Not current districts: ${world.district(2).id}`, field: 'districtIds' }]);
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
  });

  it('refuses escalation: a role with rights the caller lacks, or the IMIS Administrator role (ROLE_NOT_GRANTABLE)', async () => {
    const before = await world.identity.counts(ADMIN_TABLES);
    for (const bit of [4, 64]) {
      const { createUser } = await world.identity.data(
        CREATE,
        { input: { username: `escalate${bit}`, lastName: 'L', otherNames: 'O', roleIds: [SYSTEM_ROLE_IDS[bit]], districtIds: [world.district(1).id] } },
        districtAdmin,
      );
      expect(createUser.errors).toEqual([expect.objectContaining({ code: 'ROLE_NOT_GRANTABLE', field: 'roleIds' })]);
    }
    // Holding every right of the IMIS Administrator role is still not enough to grant it.
    const almostAdmin = await world.headers({ rights: SYSTEM_ROLES.find((role) => role.bit === 64)!.rights, districtIds: [world.district(1).id] });
    const { createUser } = await world.identity.data(
      CREATE,
      { input: { username: 'escalate', lastName: 'L', otherNames: 'O', roleIds: [IMIS_ADMINISTRATOR_ROLE_ID], districtIds: [world.district(1).id] } },
      almostAdmin,
    );
    expect(createUser.errors).toEqual([expect.objectContaining({ code: 'ROLE_NOT_GRANTABLE' })]);
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
  });

  it('lets a district user neither change a user who also holds a district outside its scope, nor add one', async () => {
    const { createUser } = await world.identity.data(
      CREATE,
      { input: { username: 'two-districts', lastName: 'L', otherNames: 'O', roleIds: [], districtIds: [world.district(1).id, world.district(2).id] } },
      world.admin,
    );
    const input = { id: createUser.user.id, username: 'two-districts', lastName: 'Changed', otherNames: 'O', roleIds: [] };
    const kept = await world.identity.data(UPDATE, { input: { ...input, districtIds: [world.district(1).id, world.district(2).id] } }, districtAdmin);
    expect(kept.updateUser.errors).toEqual([expect.objectContaining({ code: 'USER_NOT_FOUND', field: 'id' })]);
    const { createUser: other } = await world.identity.data(
      CREATE,
      { input: { username: 'one-district', lastName: 'L', otherNames: 'O', roleIds: [], districtIds: [world.district(1).id] } },
      districtAdmin,
    );
    const widened = await world.identity.data(
      UPDATE,
      { input: { ...input, id: other.user.id, username: 'one-district', districtIds: [world.district(1).id, world.district(2).id] } },
      districtAdmin,
    );
    expect(widened.updateUser.errors).toEqual([expect.objectContaining({ code: 'UNKNOWN_DISTRICT', field: 'districtIds' })]);
  });

  it('does not let a district user change or delete an administrator, nor a user outside its scope', async () => {
    const input = { id: ids['admin-d1'], username: 'admin-d1', lastName: 'L', otherNames: 'O', roleIds: [IMIS_ADMINISTRATOR_ROLE_ID], districtIds: [world.district(1).id] };
    const update = await world.identity.data(UPDATE, { input: { ...input, password: 'Takeover-Pass-99' } }, districtAdmin);
    expect(update.updateUser.errors).toEqual([expect.objectContaining({ code: 'ROLE_NOT_GRANTABLE' })]);
    const remove = await world.identity.data(DELETE, { input: { id: ids['admin-d1'] } }, districtAdmin);
    expect(remove.deleteUser.errors).toEqual([expect.objectContaining({ code: 'ROLE_NOT_GRANTABLE' })]);
    const outside = await world.identity.data(DELETE, { input: { id: ids['in-d2'] } }, districtAdmin);
    expect(outside.deleteUser.errors).toEqual([expect.objectContaining({ code: 'USER_NOT_FOUND' })]);
  });
});
