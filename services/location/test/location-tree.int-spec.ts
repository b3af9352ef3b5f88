import { type GraphQLData, readEveryPage, type ServiceTestApp, stampCreationOrder } from '@imis/testing';
import { CREATE_LOCATION, LOCATION_FIELDS } from './support/location-operations';
import { ADMINISTRATOR, startLocation } from './support/location-service';

describe('location service: the location tree over GraphQL', () => {
  let service: ServiceTestApp;
  const ids: Record<string, string> = {};

  const create = async (input: Record<string, unknown>) => (await service.data(CREATE_LOCATION, { input })).createLocation;

  beforeAll(async () => {
    ({ service } = await startLocation());
  });

  afterAll(async () => {
    await service?.close();
  });

  it('creates a region, district, ward and village and reads them back', async () => {
    const region = await create({ code: ' R1 ', name: 'North', type: 'REGION', malePopulation: 10 });
    expect(region.errors).toEqual([]);
    expect(region.location).toMatchObject({
      code: 'R1',
      name: 'North',
      type: 'REGION',
      typeCode: 'R',
      parentId: null,
      parent: null,
      ancestorIds: [],
      malePopulation: 10,
      version: 1,
      changedBy: ADMINISTRATOR.id,
    });
    ids.region = region.location.id;

    const district = await create({ code: 'D1', name: 'Lakeside', type: 'DISTRICT', parentId: ids.region });
    expect(district).toMatchObject({ errors: [], location: { type: 'DISTRICT', parent: { id: ids.region, code: 'R1' } } });
    ids.district = district.location.id;
    const ward = await create({ code: 'W1', name: 'Harbour', type: 'WARD', parentId: ids.district });
    ids.ward = ward.location.id;
    const village = await create({ code: 'V1', name: 'Fishers', type: 'VILLAGE', parentId: ids.ward });
    ids.village = village.location.id;
    expect(village.location.ancestorIds).toEqual([ids.region, ids.district, ids.ward]);

    const read = await service.data(`query ($id: ID!) {
      location(id: $id) { ${LOCATION_FIELDS} parent { code parent { code parent { code } } } children { code } }
    }`, { id: ids.village });
    expect(read.location).toMatchObject({ code: 'V1', typeCode: 'V', parent: { code: 'W1', parent: { code: 'D1', parent: { code: 'R1' } } }, children: [] });

    const region2 = await service.data(`{ location(id: "${ids.region}") { children { code children { code } } } }`);
    expect(region2.location.children).toEqual([{ code: 'D1', children: [{ code: 'W1' }] }]);
  });

  it('lists locations with filters and Relay pages', async () => {
    await create({ code: 'V2', name: 'Fishermen Bay', type: 'VILLAGE', parentId: ids.ward });
    await create({ code: 'V3', name: 'Hill Top', type: 'VILLAGE', parentId: ids.ward });
    const list = (variables: Record<string, unknown>) =>
      service.data(`query ($filter: LocationFilterInput, $first: Int, $after: String) {
        locations(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } }
      }`, variables);

    const villages = await list({ filter: { type: 'VILLAGE' } });
    expect(villages.locations.totalCount).toBe(3);
    expect((await list({ filter: { name: 'FISHER' } })).locations.edges.map((edge: GraphQLData) => edge.node.code)).toEqual(['V1', 'V2']);
    expect((await list({ filter: { name: '%' } })).locations.totalCount).toBe(0);
    expect((await list({ filter: { code: 'D1' } })).locations.edges).toHaveLength(1);
    expect((await list({ filter: { parentId: ids.region } })).locations.edges.map((edge: GraphQLData) => edge.node.code)).toEqual(['D1']);
    expect((await list({ filter: { ancestorId: ids.district } })).locations.totalCount).toBe(4);

    const first = await list({ filter: { type: 'VILLAGE' }, first: 2 });
    expect(first.locations.edges.map((edge: GraphQLData) => edge.node.code)).toEqual(['V1', 'V2']);
    expect(first.locations.pageInfo.hasNextPage).toBe(true);
    const second = await list({ filter: { type: 'VILLAGE' }, first: 2, after: first.locations.pageInfo.endCursor });
    expect(second.locations.edges.map((edge: GraphQLData) => edge.node.code)).toEqual(['V3']);
    expect(second.locations.pageInfo.hasNextPage).toBe(false);
  });

  it('pages in creation order (created_at), not in the order of the ids', async () => {
    const villages = await service.query<{ id: string; code: string }>("select id, code from location where type = 'V' and deleted_at is null order by id desc");
    await stampCreationOrder(service, 'location', villages.map((village) => village.id));
    const { nodes, pages } = await readEveryPage(
      async (after) => (await service.data(`query ($after: String) { locations(first: 2, after: $after, filter: { type: VILLAGE }) { edges { node { code } } pageInfo { hasNextPage endCursor } } }`, { after })).locations,
    );
    expect(nodes.map((node) => node.code)).toEqual(villages.map((village) => village.code));
    expect(pages).toBe(2);
  });

  it('caps the page size at 100', async () => {
    const response = await service.graphql('{ locations(first: 101) { totalCount } }');
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for an unknown id, BAD_USER_INPUT for a malformed one', async () => {
    expect((await service.data('{ location(id: "0190e0c0-0000-7000-8000-000000000000") { id } }')).location).toBeNull();
    expect((await service.graphql('{ location(id: "not-a-uuid") { id } }')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('resolves federation references in one batch', async () => {
    const response = await service.data(`query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Location { code } }
    }`, { representations: [ids.region, ids.village].map((id) => ({ __typename: 'Location', id })) });
    expect(response._entities).toEqual([{ code: 'R1' }, { code: 'V1' }]);
  });
});
