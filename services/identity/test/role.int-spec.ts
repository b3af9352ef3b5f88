import { SYSTEM_ROLES } from '@imis/auth';
import { IMIS_ADMINISTRATOR_ROLE_ID, SYSTEM_ROLE_IDS } from '../src/modules/user/domain/system-role-ids';
import { ADMIN_TABLES, ERRORS, startWorld, type World } from './support/user-admin';

const ROLE_FIELDS = 'id name systemBits isSystem blocked altLanguage rights version';
const CREATE = `mutation ($input: CreateRoleInput!) { createRole(input: $input) { role { ${ROLE_FIELDS} } ${ERRORS} } }`;
const UPDATE = `mutation ($input: UpdateRoleInput!) { updateRole(input: $input) { role { ${ROLE_FIELDS} } ${ERRORS} } }`;
const DELETE = `mutation ($input: DeleteRoleInput!) { deleteRole(input: $input) { role { id } ${ERRORS} } }`;

describe('identity: roles', () => {
  let world: World;

  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world.identity.close());

  const mutate = (mutation: string, input: Record<string, unknown>, headers = world.admin) => world.identity.data(mutation, { input }, headers);
  const payloadOf = (data: Record<string, { errors: { code: string; field: string; message: string }[] }>) => Object.values(data)[0];

  async function expectRefused(mutation: string, input: Record<string, unknown>, code: string, headers = world.admin) {
    const before = await world.identity.counts(ADMIN_TABLES);
    const payload = payloadOf(await mutate(mutation, input, headers));
    expect(payload.errors).toEqual([expect.objectContaining({ code })]);
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
    return payload.errors[0];
  }

  it('seeds the 12 system roles with fixed ids and their rights', async () => {
    const { roles } = await world.identity.data(`{ roles(first: 100, filter: { isSystem: true }) { totalCount edges { node { ${ROLE_FIELDS} } } } }`, {}, world.admin);
    expect(roles.totalCount).toBe(12);
    const administrator = roles.edges.find((edge: { node: { id: string } }) => edge.node.id === IMIS_ADMINISTRATOR_ROLE_ID).node;
    expect(administrator).toMatchObject({ name: 'IMIS Administrator', systemBits: 64, isSystem: true, blocked: false, version: 1 });
    expect(administrator.rights).toEqual([...SYSTEM_ROLES.find((role) => role.bit === 64)!.rights].sort((a, b) => a - b));
    expect(Object.keys(SYSTEM_ROLE_IDS).map(Number).sort((a, b) => a - b)).toEqual(SYSTEM_ROLES.map((role) => role.bit).sort((a, b) => a - b));
  });

  it('changes only the fields of a role that are sent', async () => {
    const { createRole } = await mutate(CREATE, { name: 'Partial auditor', rights: [101001], altLanguage: 'Auditeur partiel' });
    const { updateRole } = await mutate(UPDATE, { id: createRole.role.id, blocked: true });
    expect(updateRole.errors).toEqual([]);
    expect(updateRole.role).toMatchObject({ name: 'Partial auditor', rights: [101001], blocked: true, altLanguage: 'Auditeur partiel', version: 2 });
  });

  it('creates, reads, replaces and deletes a custom role, keeping its history', async () => {
    const { createRole } = await mutate(CREATE, { name: 'Auditor', rights: [101101, 101001, 101001], altLanguage: 'Auditeur' });
    expect(createRole.errors).toEqual([]);
    expect(createRole.role).toMatchObject({ name: 'Auditor', systemBits: 0, isSystem: false, blocked: false, rights: [101001, 101101], version: 1 });
    const id = createRole.role.id;
    const { updateRole } = await mutate(UPDATE, { id, version: 1, name: 'Senior auditor', rights: [101001], blocked: true, altLanguage: null });
    expect(updateRole.role).toMatchObject({ name: 'Senior auditor', rights: [101001], blocked: true, altLanguage: null, version: 2 });
    const read = await world.identity.data(
      `query ($id: ID!) { role(id: $id) { name } roleHistory(id: $id) { version name rights altLanguage replacedBy } }`,
      { id },
      world.admin,
    );
    expect(read.role).toEqual({ name: 'Senior auditor' });
    expect(read.roleHistory).toEqual([expect.objectContaining({ version: 1, name: 'Auditor', rights: [101001, 101101], altLanguage: 'Auditeur' })]);
    const { deleteRole } = await mutate(DELETE, { id });
    expect(deleteRole).toMatchObject({ role: { id }, errors: [] });
    expect((await world.identity.data('query ($id: ID!) { role(id: $id) { id } }', { id }, world.admin)).role).toBeNull();
  });

  it('filters roles by name and blocked', async () => {
    await mutate(CREATE, { name: 'Blocked filter role', rights: [], blocked: true });
    const { roles } = await world.identity.data('{ roles(filter: { name: "FILTER ROLE", blocked: true }) { edges { node { name } } } }', {}, world.admin);
    expect(roles.edges).toEqual([{ node: { name: 'Blocked filter role' } }]);
  });

  it('ROLE_NAME_TAKEN, ignoring case', async () => {
    await expectRefused(CREATE, { name: 'clerk', rights: [] }, 'ROLE_NAME_TAKEN');
  });

  it('UNKNOWN_RIGHT, naming the codes', async () => {
    const error = await expectRefused(CREATE, { name: 'Bad rights', rights: [101001, 999999, 101000] }, 'UNKNOWN_RIGHT');
    expect(error).toMatchObject({ field: 'rights' });
    expect(error.message).toContain('999999');
    expect(error.message).toContain('101000');
  });

  it('SYSTEM_ROLE_READ_ONLY: a system role cannot be deleted', async () => {
    await expectRefused(DELETE, { id: SYSTEM_ROLE_IDS[8] }, 'SYSTEM_ROLE_READ_ONLY');
  });

  it('ROLE_IN_USE while a current user holds the role, deletable once the user is gone', async () => {
    const { createRole } = await mutate(CREATE, { name: 'Granted', rights: [101001] });
    const { createUser } = await world.identity.data(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERRORS} } }`,
      { input: { username: 'holder', lastName: 'L', otherNames: 'O', roleIds: [createRole.role.id] } },
      world.admin,
    );
    await expectRefused(DELETE, { id: createRole.role.id }, 'ROLE_IN_USE');
    await world.identity.data(`mutation ($input: DeleteUserInput!) { deleteUser(input: $input) { ${ERRORS} } }`, { input: { id: createUser.user.id } }, world.admin);
    expect((await mutate(DELETE, { id: createRole.role.id })).deleteRole.errors).toEqual([]);
  });

  it('ROLE_NOT_FOUND and VERSION_CONFLICT', async () => {
    await expectRefused(UPDATE, { id: '0190f7a4-1d2e-7c3b-8a9f-00000000dead', name: 'x', rights: [] }, 'ROLE_NOT_FOUND');
    await expectRefused(UPDATE, { id: SYSTEM_ROLE_IDS[8], version: 5, name: 'Clerk', rights: [] }, 'VERSION_CONFLICT');
  });

  it('RIGHT_NOT_GRANTABLE: a non-administrator puts in a role only rights it holds', async () => {
    const headers = await world.headers({ rights: [122002, 101001] });
    await expectRefused(CREATE, { name: 'Escalating', rights: [101001, 121701] }, 'RIGHT_NOT_GRANTABLE', headers);
    expect((await mutate(CREATE, { name: 'Modest', rights: [101001] }, headers)).createRole.errors).toEqual([]);
  });

  it('duplicates a role as a custom role with the same rights', async () => {
    const { duplicateRole } = await world.identity.data(
      `mutation ($input: DuplicateRoleInput!) { duplicateRole(input: $input) { role { ${ROLE_FIELDS} } ${ERRORS} } }`,
      { input: { id: SYSTEM_ROLE_IDS[8], name: 'Clerk copy' } },
      world.admin,
    );
    expect(duplicateRole.errors).toEqual([]);
    expect(duplicateRole.role).toMatchObject({ name: 'Clerk copy', systemBits: 0, isSystem: false, version: 1 });
    expect(duplicateRole.role.rights).toEqual([...new Set(SYSTEM_ROLES.find((role) => role.bit === 8)!.rights)].sort((a, b) => a - b));
  });

  it('ROLE_NOT_GRANTABLE: a non-administrator cannot change the IMIS Administrator role', async () => {
    const headers = await world.headers({ rights: [122003, ...SYSTEM_ROLES.find((role) => role.bit === 64)!.rights] });
    await expectRefused(UPDATE, { id: IMIS_ADMINISTRATOR_ROLE_ID, name: 'IMIS Administrator', rights: [] }, 'ROLE_NOT_GRANTABLE', headers);
  });

  it('needs the role rights', async () => {
    const response = await world.identity.graphql('{ roles { totalCount } }', {}, await world.headers({ rights: [121701] }));
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
