import type { GraphQLResponse } from '@imis/testing';
import { type AuthWorld, LOGIN, startAuthWorld } from './support/auth-fixtures';
import { ADMIN_TABLES } from './support/user-admin';
import { systemRoleId } from '../src/modules/user/domain/system-role-ids';

const NUL = 'Audi\u0000tor';
const LONE_SURROGATE = 'Audi\udc00tor';
const CREATE_ROLE = `mutation ($input: CreateRoleInput!) { createRole(input: $input) { role { id } errors { code field } } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { code field } } }`;
const USERS = `query ($filter: UserFilterInput) { users(filter: $filter) { totalCount } }`;

/**
 * Strings PostgreSQL cannot store (NUL, lone surrogates), over-long strings and ids that are not UUIDs are
 * refused by the subgraph's input sanitation before any resolver runs: BAD_USER_INPUT naming the argument,
 * nothing written, the process still answering. Login included: it is public.
 */
describe('identity service: hostile input', () => {
  let world: AuthWorld;

  const send = (query: string, variables: Record<string, unknown>) => world.identity.graphql(query, variables, world.adminHeaders);
  const refused = (response: GraphQLResponse, argument: string, reason: string) => {
    expect(response.status).toBeLessThan(500);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument, reason }) })]);
  };
  const user = (overrides: Record<string, unknown>) => ({
    username: 'clerk1', lastName: 'Test', otherNames: 'User', roleIds: [systemRoleId(8)], districtIds: [world.districtId], ...overrides,
  });

  beforeAll(async () => {
    world = await startAuthWorld();
  });

  afterAll(async () => {
    await world?.identity.close();
  });

  it.each([
    ['a NUL byte', 'admin\u0000istrator', 'NUL_CHARACTER'],
    ['a lone surrogate', 'admin\ud800istrator', 'LONE_SURROGATE'],
  ])('refuses %s in the username or password of a login (no 500)', async (_case, username, reason) => {
    refused(await world.identity.graphql(LOGIN, { input: { username, password: 'whatever-password' } }), 'input.username', reason);
    refused(await world.identity.graphql(LOGIN, { input: { username: world.admin.username, password: `x${username}` } }), 'input.password', reason);
    const { login } = await world.identity.data(LOGIN, { input: { username: world.admin.username, password: world.admin.password } });
    expect(login.errors).toEqual([]);
  });

  it.each([
    ['a NUL byte', NUL, 'NUL_CHARACTER'],
    ['a lone surrogate', LONE_SURROGATE, 'LONE_SURROGATE'],
  ])('refuses %s in a top-level argument, a role name and a user, writing nothing', async (_case, text, reason) => {
    const before = await world.identity.counts(ADMIN_TABLES);
    refused(await send(`query ($after: String) { roles(after: $after) { totalCount } }`, { after: text }), 'after', reason);
    refused(await send(CREATE_ROLE, { input: { name: text, rights: [101001] } }), 'input.name', reason);
    refused(await send(CREATE_USER, { input: user({ lastName: text }) }), 'input.lastName', reason);
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
  });

  it.each([
    ['a NUL byte', NUL, 'NUL_CHARACTER'],
    ['a lone surrogate', LONE_SURROGATE, 'LONE_SURROGATE'],
  ])('refuses %s in a search filter (nested input)', async (_case, text, reason) => {
    refused(await send(USERS, { filter: { name: text } }), 'filter.name', reason);
    refused(await send(`query ($filter: RoleFilterInput) { roles(filter: $filter) { totalCount } }`, { filter: { name: text } }), 'filter.name', reason);
  });

  it('caps search filters at 200 characters and other strings at 10,000', async () => {
    expect((await world.identity.data(USERS, { filter: { username: 'u'.repeat(200) } }, world.adminHeaders)).users.totalCount).toBe(0);
    refused(await send(USERS, { filter: { username: 'u'.repeat(201) } }), 'filter.username', 'TOO_LONG');
    refused(await send(CREATE_USER, { input: user({ otherNames: 'o'.repeat(10_001) }) }), 'input.otherNames', 'TOO_LONG');
    const huge = await send(CREATE_USER, { input: user({ otherNames: 'o'.repeat(1_048_576) }) });
    expect(huge.status).toBe(413);
    expect(await world.identity.count('app_user')).toBe(1);
  });

  it('refuses ids that are not UUIDs, nested in lists too', async () => {
    const before = await world.identity.counts(ADMIN_TABLES);
    refused(await send(CREATE_USER, { input: user({ roleIds: [systemRoleId(8), 'clerk'] }) }), 'input.roleIds[1]', 'NOT_A_UUID');
    refused(await send(CREATE_USER, { input: user({ id: 'my-user' }) }), 'input.id', 'NOT_A_UUID');
    refused(await send(USERS, { filter: { districtId: "' or 1=1 --" } }), 'filter.districtId', 'NOT_A_UUID');
    refused(await send(`query { user(id: 42) { id } }`, {}), 'id', 'NOT_A_UUID');
    expect(await world.identity.counts(ADMIN_TABLES)).toEqual(before);
  });

  it('still answers after every refusal', async () => {
    expect((await fetch(`${world.identity.url}/health/live`)).status).toBe(200);
    expect((await world.identity.data(USERS, {}, world.adminHeaders)).users.totalCount).toBe(1);
  });
});
