import { randomUUID } from 'crypto';
import { readEveryPage, stampCreationOrder } from '@imis/testing';
import { ERRORS, startWorld, type World } from './support/user-admin';

const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } ${ERRORS} } }`;
const CREATE_OFFICER = `mutation ($input: CreateEnrolmentOfficerInput!) { createEnrolmentOfficer(input: $input) { enrolmentOfficer { id } ${ERRORS} } }`;
const USERS = `query ($first: Int, $after: String) {
  users(first: $first, after: $after, filter: { name: "Ordered" }) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const OFFICERS = `query ($first: Int, $after: String) {
  enrolmentOfficers(first: $first, after: $after, filter: { name: "Ordered" }) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;
const ROLES = `query ($first: Int, $after: String) { roles(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;

/** Client-chosen ids (random v4), from the highest to the lowest: their order is the reverse of the creation order. */
function descendingRandomIds(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID()).sort().reverse();
}

/** Users and officers created with ids their clients chose (random v4) are listed in creation order, page after page. */
describe('identity: lists in creation order', () => {
  let world: World;
  const userIds = descendingRandomIds(5);
  const officerIds = descendingRandomIds(3);

  beforeAll(async () => {
    world = await startWorld();
    for (const [index, id] of userIds.entries()) {
      const { createUser } = await world.identity.data(CREATE_USER, { input: { id, username: `ordered${index}`, lastName: 'Ordered', otherNames: 'U', roleIds: [] } }, world.admin);
      expect(createUser.errors).toEqual([]);
    }
    for (const [index, id] of officerIds.entries()) {
      const input = { id, code: `ORD${index}`, lastName: 'Ordered', otherNames: 'O', villageIds: [world.village(1).id] };
      const { createEnrolmentOfficer } = await world.identity.data(CREATE_OFFICER, { input }, world.admin);
      expect(createEnrolmentOfficer.errors).toEqual([]);
    }
  });
  afterAll(() => world.identity.close());

  const pages = (query: string, field: string, first = 2) =>
    readEveryPage(async (after) => (await world.identity.data(query, { first, after }, world.admin))[field]);

  it('pages users and officers in creation order, not in the order of their ids', async () => {
    const users = await pages(USERS, 'users');
    expect(users.nodes.map((node) => node.id)).toEqual(userIds);
    expect(users.pages).toBe(3);
    const officers = await pages(OFFICERS, 'enrolmentOfficers');
    expect(officers.nodes.map((node) => node.id)).toEqual(officerIds);
    expect(officers.pages).toBe(2);
  });

  it('pages roles by their creation stamps', async () => {
    const roleIds = (await world.identity.query<{ id: string }>('select id from role where deleted_at is null order by id')).map((row) => row.id);
    const reversed = [...roleIds].reverse();
    await stampCreationOrder(world.identity, 'role', reversed);
    const roles = await pages(ROLES, 'roles', 3);
    expect(roles.nodes.map((node) => node.id)).toEqual(reversed);
    expect(roles.pages).toBeGreaterThan(1);
  });
});
