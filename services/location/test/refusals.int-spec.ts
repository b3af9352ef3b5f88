import type { ServiceTestApp } from '@imis/testing';
import { CREATE_HEALTH_FACILITY, CREATE_LOCATION } from './support/location-operations';
import { LOCATION_TABLES, startLocation } from './support/location-service';

/** Bad input is refused with its specific code, and nothing is written or published. */
describe('location service: refusals', () => {
  let service: ServiceTestApp;
  let regionId: string;
  let districtId: string;
  let villageId: string;

  const createLocation = async (input: Record<string, unknown>) =>
    (await service.data(CREATE_LOCATION, { input })).createLocation;
  const createFacility = async (input: Record<string, unknown>) =>
    (await service.data(CREATE_HEALTH_FACILITY, { input })).createHealthFacility;
  const facility = (overrides: Record<string, unknown> = {}) => ({
    code: 'HF1', name: 'Central', legalForm: 'GOVERNMENT', level: 'HOSPITAL', careType: 'BOTH', districtId, ...overrides,
  });

  beforeAll(async () => {
    ({ service } = await startLocation());
    regionId = (await createLocation({ code: 'R1', name: 'North', type: 'REGION' })).location.id;
    districtId = (await createLocation({ code: 'D1', name: 'Lakeside', type: 'DISTRICT', parentId: regionId })).location.id;
    const wardId = (await createLocation({ code: 'W1', name: 'Harbour', type: 'WARD', parentId: districtId })).location.id;
    villageId = (await createLocation({ code: 'V1', name: 'Fishers', type: 'VILLAGE', parentId: wardId })).location.id;
    expect((await createFacility(facility())).errors).toEqual([]);
    await service.publishedEvents(5); // the setup's events are out of the way: any later one would be counted
  });

  afterAll(async () => {
    await service?.close();
  });

  const refusals: [string, () => Promise<{ errors: { code: string; field: string | null }[]; [key: string]: unknown }>, string, string | null][] = [
    ['a duplicate location code', () => createLocation({ code: 'D1', name: 'Other', type: 'REGION' }), 'LOCATION_CODE_DUPLICATE', 'code'],
    ['a village under a region', () => createLocation({ code: 'V9', name: 'Lost', type: 'VILLAGE', parentId: regionId }), 'LOCATION_PARENT_WRONG_LEVEL', 'parentId'],
    ['an unknown parent', () => createLocation({ code: 'D9', name: 'Nowhere', type: 'DISTRICT', parentId: '0190e0c0-0000-7000-8000-000000000000' }), 'LOCATION_PARENT_NOT_FOUND', 'parentId'],
    ['a region with a parent', () => createLocation({ code: 'R9', name: 'Sub', type: 'REGION', parentId: regionId }), 'LOCATION_REGION_HAS_NO_PARENT', 'parentId'],
    ['an over-long location code', () => createLocation({ code: '123456789', name: 'Long', type: 'REGION' }), 'LOCATION_CODE_TOO_LONG', 'code'],
    ['a blank location code', () => createLocation({ code: '  ', name: 'Blank', type: 'REGION' }), 'LOCATION_CODE_REQUIRED', 'code'],
    ['a negative population', () => createLocation({ code: 'R9', name: 'Neg', type: 'REGION', families: -1 }), 'LOCATION_POPULATION_INVALID', 'families'],
    ['a contract ending before it starts', () => createFacility(facility({ code: 'HF2', contractStartDate: '2025-06-01', contractEndDate: '2025-01-01' })), 'HEALTH_FACILITY_CONTRACT_DATES_INVALID', 'contractEndDate'],
    ['half a contract', () => createFacility(facility({ code: 'HF2', contractStartDate: '2025-06-01' })), 'HEALTH_FACILITY_CONTRACT_DATES_INVALID', 'contractEndDate'],
    ['a facility in a village', () => createFacility(facility({ code: 'HF2', districtId: villageId })), 'HEALTH_FACILITY_DISTRICT_INVALID', 'districtId'],
    ['a duplicate facility code', () => createFacility(facility()), 'HEALTH_FACILITY_CODE_DUPLICATE', 'code'],
    ['an over-long facility code', () => createFacility(facility({ code: 'HF3456789' })), 'HEALTH_FACILITY_CODE_TOO_LONG', 'code'],
    ['a bad email', () => createFacility(facility({ code: 'HF2', email: 'nobody' })), 'HEALTH_FACILITY_EMAIL_INVALID', 'email'],
    ['an over-long phone', () => createFacility(facility({ code: 'HF2', phone: '1'.repeat(51) })), 'HEALTH_FACILITY_FIELD_TOO_LONG', 'phone'],
  ];

  it.each(refusals)('refuses %s, writing and publishing nothing', async (_case, send, code, field) => {
    const before = await service.counts(LOCATION_TABLES);
    const payload = await send();
    expect(payload.errors).toEqual([expect.objectContaining({ code, field })]);
    expect('location' in payload ? payload.location : payload.healthFacility).toBeNull();
    expect(await service.counts(LOCATION_TABLES)).toEqual(before);
  });

  it('published no event for any refusal', async () => {
    const events = await service.publishedEvents(5);
    expect(events).toHaveLength(5);
    expect(await service.count('outbox')).toBe(5);
  });

  it('refuses all but one of concurrent creations of one code (the unique index backs the check)', async () => {
    const results = await Promise.all(
      [1, 2, 3].map((n) => createLocation({ code: 'RACE', name: `Racer ${n}`, type: 'REGION' })),
    );
    const codes = results.map((result) => result.errors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['LOCATION_CODE_DUPLICATE', 'LOCATION_CODE_DUPLICATE', 'OK']);
    expect((await service.query('select count(*)::int as n from location where code = $1', ['RACE']))[0]).toEqual({ n: 1 });
  });

  it('answers malformed GraphQL with a coded GraphQL error, never a 500 or a stack trace', async () => {
    const malformed = [
      `mutation { createLocation(input: { code: "X", name: "X", type: PLANET }) { errors { code } } }`,
      `mutation { createLocation(input: { name: "X", type: REGION }) { errors { code } } }`,
      `mutation { createLocation(input: { code: 5, name: "X", type: REGION }) { errors { code } } }`,
      `{ locations(first: "ten") { totalCount } }`,
      `{ location { id } }`,
    ];
    for (const query of malformed) {
      const response = await service.graphql(query);
      expect(response.status).toBeLessThan(500);
      expect(response.errors?.[0].extensions?.code).toMatch(/^(GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|\bat .*\.ts:\d+/);
    }
    const badVariable = await service.graphql(CREATE_LOCATION, { input: { code: 'X', name: 'X', type: 'PLANET' } });
    expect(badVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await service.graphql(CREATE_HEALTH_FACILITY, { input: facility({ code: 'HF5', contractStartDate: '2025-02-30', contractEndDate: '2026-01-01' }) });
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await service.count('health_facility')).toBe(1);
  });
});
