import type { GraphQLResponse, ServiceTestApp } from '@imis/testing';
import { CREATE_LOCATION, UPDATE_LOCATION } from './support/location-operations';
import { LOCATION_TABLES, startLocation } from './support/location-service';

const NUL = 'Dist\u0000rict';
const LONE_SURROGATE = 'Dist\ud800rict';
const LOCATIONS = `query ($filter: LocationFilterInput) { locations(filter: $filter) { totalCount } }`;

/**
 * Strings PostgreSQL cannot store (NUL, lone surrogates), over-long strings and ids that are not UUIDs are
 * refused by the subgraph's input sanitation before any resolver runs: BAD_USER_INPUT naming the argument,
 * nothing written, the process still answering.
 */
describe('location service: hostile input', () => {
  let service: ServiceTestApp;
  let regionId: string;

  const refused = (response: GraphQLResponse, argument: string, reason: string) => {
    expect(response.status).toBeLessThan(500);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument, reason }) })]);
  };

  beforeAll(async () => {
    ({ service } = await startLocation());
    regionId = (await service.data(CREATE_LOCATION, { input: { code: 'R1', name: 'North', type: 'REGION' } })).createLocation.location.id;
  });

  afterAll(async () => {
    await service?.close();
  });

  it.each([
    ['a NUL byte', NUL, 'NUL_CHARACTER'],
    ['a lone surrogate', LONE_SURROGATE, 'LONE_SURROGATE'],
  ])('refuses %s in a top-level argument and in a mutation input, writing nothing', async (_case, name, reason) => {
    const before = await service.counts(LOCATION_TABLES);
    refused(await service.graphql(`query ($after: String) { locations(after: $after) { totalCount } }`, { after: name }), 'after', reason);
    refused(await service.graphql(CREATE_LOCATION, { input: { code: 'D1', name, type: 'DISTRICT', parentId: regionId } }), 'input.name', reason);
    refused(await service.graphql(UPDATE_LOCATION, { input: { id: regionId, code: name } }), 'input.code', reason);
    expect(await service.counts(LOCATION_TABLES)).toEqual(before);
  });

  it('refuses a NUL byte written inline in the query', async () => {
    const response = await service.graphql(`mutation { createLocation(input: { code: "R\\u0000", name: "Inline", type: REGION }) { errors { code } } }`);
    refused(response, 'input.code', 'NUL_CHARACTER');
    expect(await service.count('location')).toBe(1);
  });

  it('answers a lone surrogate written inline as a parse failure, not a 500', async () => {
    const response = await service.graphql(`mutation { createLocation(input: { code: "R\ud800", name: "Inline", type: REGION }) { errors { code } } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it.each([
    ['a NUL byte', NUL, 'NUL_CHARACTER'],
    ['a lone surrogate', LONE_SURROGATE, 'LONE_SURROGATE'],
  ])('refuses %s in a search filter (nested input)', async (_case, name, reason) => {
    refused(await service.graphql(LOCATIONS, { filter: { name } }), 'filter.name', reason);
    refused(await service.graphql(`{ healthFacilities(filter: { code: "HF\\u0000" }) { totalCount } }`), 'filter.code', 'NUL_CHARACTER');
  });

  it('caps search filters at 200 characters', async () => {
    expect((await service.data(LOCATIONS, { filter: { name: 'n'.repeat(200) } })).locations.totalCount).toBe(0);
    refused(await service.graphql(LOCATIONS, { filter: { name: 'n'.repeat(201) } }), 'filter.name', 'TOO_LONG');
  });

  it('caps other strings at 10,000 characters, and refuses a 1 MB request at the body limit', async () => {
    refused(await service.graphql(CREATE_LOCATION, { input: { code: 'R2', name: 'n'.repeat(10_001), type: 'REGION' } }), 'input.name', 'TOO_LONG');
    const huge = await service.graphql(CREATE_LOCATION, { input: { code: 'R2', name: 'n'.repeat(1_048_576), type: 'REGION' } });
    expect(huge.status).toBe(413);
    expect(await service.count('location')).toBe(1);
  });

  it('refuses ids that are not UUIDs, as arguments and inside inputs', async () => {
    refused(await service.graphql(`{ location(id: "R1") { id } }`), 'id', 'NOT_A_UUID');
    refused(await service.graphql(LOCATIONS, { filter: { ancestorId: '1 or 1=1' } }), 'filter.ancestorId', 'NOT_A_UUID');
    refused(await service.graphql(CREATE_LOCATION, { input: { code: 'D9', name: 'Nowhere', type: 'DISTRICT', parentId: 'R1' } }), 'input.parentId', 'NOT_A_UUID');
    expect(await service.count('location')).toBe(1);
  });

  it('still answers after every refusal', async () => {
    const health = await fetch(`${service.url}/health/live`);
    expect(health.status).toBe(200);
    expect((await service.data(`{ location(id: "${regionId}") { code } }`)).location.code).toBe('R1');
  });
});
