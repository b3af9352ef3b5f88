import { randomUUID } from 'crypto';
import { readEveryPage, stampCreationOrder, type ServiceTestApp } from '@imis/testing';
import { startInsuree } from './support/insuree-service';
import { person, seedPlaces, type SeededPlaces } from './support/registry-fixtures';
import { CREATE_FAMILY, CREATE_INSUREE, UPDATE_INSUREE } from './support/registry-operations';

const INSUREE_PAGE = `query ($first: Int, $after: String) {
  insurees(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;
const FAMILY_PAGE = `query ($first: Int, $after: String) {
  families(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;

/** Client-chosen ids (random v4), from the highest to the lowest: their order is the reverse of the creation order. */
function descendingRandomIds(count: number): string[] {
  return Array.from({ length: count }, () => randomUUID()).sort().reverse();
}

/**
 * Families and insurees registered offline carry ids their clients chose (random v4): lists still come back
 * in creation order, page after page, and a cursor of the former id order is refused.
 */
describe('insuree service: lists in creation order', () => {
  let service: ServiceTestApp;
  let places: SeededPlaces;
  const familyIds = descendingRandomIds(3);
  const memberIds = descendingRandomIds(4);
  const headIds = descendingRandomIds(3);

  beforeAll(async () => {
    ({ service } = await startInsuree());
    places = await seedPlaces(service);
    for (const [index, familyId] of familyIds.entries()) {
      await service.data(CREATE_FAMILY, { input: { id: familyId, villageId: places.village1.id, head: person({ id: headIds[index] }) } });
    }
    for (const id of memberIds) await service.data(CREATE_INSUREE, { input: { familyId: familyIds[0], ...person({ id }) } });
  });
  afterAll(() => service.close());

  const insurees = (after: string | null) => service.data(INSUREE_PAGE, { first: 2, after }).then((data) => data.insurees);
  const families = (after: string | null) => service.data(FAMILY_PAGE, { first: 2, after }).then((data) => data.families);

  it('pages insurees and families in creation order, not in the order of their ids', async () => {
    const everyInsuree = await readEveryPage(insurees);
    expect(everyInsuree.nodes.map((node) => node.id)).toEqual([...headIds, ...memberIds]);
    expect(everyInsuree.pages).toBe(4);
    const everyFamily = await readEveryPage(families);
    expect(everyFamily.nodes.map((node) => node.id)).toEqual(familyIds);
    expect(everyFamily.pages).toBe(2);
  });

  it('keeps an insuree in its place when a new version replaces it', async () => {
    const { updateInsuree } = await service.data(UPDATE_INSUREE, { input: { id: headIds[1], phone: '+255700000001' } });
    expect(updateInsuree).toMatchObject({ errors: [], insuree: { version: 2 } });
    const { nodes } = await readEveryPage(insurees);
    expect(nodes.map((node) => node.id)).toEqual([...headIds, ...memberIds]);
  });

  it('orders rows created in the same millisecond by id, and pages across them', async () => {
    const [first, second, third] = familyIds;
    await stampCreationOrder(service, 'family', [third, [first, second]]);
    const { nodes } = await readEveryPage(async (after) => (await service.data(FAMILY_PAGE, { first: 1, after })).families);
    expect(nodes.map((node) => node.id)).toEqual([third, second, first]);
  });

  it('refuses a cursor of the former id order with BAD_USER_INPUT on "after"', async () => {
    const former = Buffer.from(`id:${memberIds[0]}`).toString('base64url');
    const response = await service.graphql(INSUREE_PAGE, { first: 2, after: former });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(response.errors?.[0].message).toContain('read the list again from its first page');
  });
});
