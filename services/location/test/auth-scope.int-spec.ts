import { randomUUID } from 'crypto';
import { Right, type RightCode } from '@imis/auth';
import { type GraphQLData, type GraphQLResponse, type ServiceTestApp, TestAuthority, type TestUser } from '@imis/testing';
import {
  CREATE_HEALTH_FACILITY,
  CREATE_LOCATION,
  DELETE_HEALTH_FACILITY,
  DELETE_LOCATION,
  MOVE_LOCATION,
  UPDATE_HEALTH_FACILITY,
  UPDATE_LOCATION,
} from './support/location-operations';
import { ADMINISTRATOR, LOCATION_TABLES, startLocation } from './support/location-service';

/**
 * Authentication, rights and location scope, straight against the subgraph. The tree:
 *
 *   R1 ─ D1 ─ W1 ─ V1, V2          HF1, HF2 in D1
 *      │    └ W2 ─ V3
 *      └ D2 ─ W3 ─ V4               HF3 in D2
 *   R2 ─ D3 ─ W4 ─ V5               HF4 in D3
 */
describe('location service: authentication, rights and location scope', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  const ids: Record<string, string> = {};

  const LOCATION_RIGHTS: RightCode[] = [
    Right.LocationSearch,
    Right.LocationAdd,
    Right.LocationEdit,
    Right.LocationDelete,
    Right.LocationMove,
    Right.LocationAddRegionOrDistrict,
  ];
  const FACILITY_RIGHTS: RightCode[] = [Right.HealthFacilitySearch, Right.HealthFacilityAdd, Right.HealthFacilityEdit, Right.HealthFacilityDelete];
  const ALL_RIGHTS = [...LOCATION_RIGHTS, ...FACILITY_RIGHTS];

  // Users whose scope names locations are built once the tree exists.
  let districtOfficer: TestUser; // D1, every location and facility right
  let enrolmentOfficer: TestUser; // villages V1 and V3, may search and edit
  let villageManager: TestUser; // villages V1 and V3, every location and facility right
  let noRights: TestUser; // D1, no right at all

  const LOCATIONS = `query ($filter: LocationFilterInput, $first: Int, $after: String) {
    locations(filter: $filter, first: $first, after: $after) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } }
  }`;
  const FACILITIES = `query ($filter: HealthFacilityFilterInput) { healthFacilities(filter: $filter) { totalCount edges { node { code district { code } } } } }`;
  const ENTITIES = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Location { code } ... on HealthFacility { code } }
  }`;

  const codes = (connection: { edges: { node: { code: string } }[] }) => connection.edges.map((edge) => edge.node.code).sort();
  const errorOf = (response: GraphQLResponse) => response.errors?.[0]?.extensions;
  const mutationPayload = (response: GraphQLResponse) => Object.values(response.data ?? {})[0] as GraphQLData;

  const createLocation = async (key: string, type: string, parent?: string) => {
    const { createLocation } = await service.data(CREATE_LOCATION, {
      input: { code: key, name: `Location ${key}`, type, parentId: parent ? ids[parent] : null },
    });
    expect(createLocation.errors).toEqual([]);
    ids[key] = createLocation.location.id;
  };
  const createFacility = async (key: string, district: string) => {
    const { createHealthFacility } = await service.data(CREATE_HEALTH_FACILITY, {
      input: { code: key, name: `Facility ${key}`, legalForm: 'GOVERNMENT', level: 'HEALTH_CENTRE', careType: 'BOTH', districtId: ids[district] },
    });
    expect(createHealthFacility.errors).toEqual([]);
    ids[key] = createHealthFacility.healthFacility.id;
  };

  beforeAll(async () => {
    ({ service, authority } = await startLocation());
    for (const [key, type, parent] of [
      ['R1', 'REGION'], ['D1', 'DISTRICT', 'R1'], ['W1', 'WARD', 'D1'], ['V1', 'VILLAGE', 'W1'], ['V2', 'VILLAGE', 'W1'],
      ['W2', 'WARD', 'D1'], ['V3', 'VILLAGE', 'W2'], ['D2', 'DISTRICT', 'R1'], ['W3', 'WARD', 'D2'], ['V4', 'VILLAGE', 'W3'],
      ['R2', 'REGION'], ['D3', 'DISTRICT', 'R2'], ['W4', 'WARD', 'D3'], ['V5', 'VILLAGE', 'W4'],
    ] as [string, string, string?][]) {
      await createLocation(key, type, parent);
    }
    await createFacility('HF1', 'D1');
    await createFacility('HF2', 'D1');
    await createFacility('HF3', 'D2');
    await createFacility('HF4', 'D3');
    // Some history on each side of the district boundary.
    await service.data(UPDATE_LOCATION, { input: { id: ids.D1, families: 10 } });
    await service.data(UPDATE_LOCATION, { input: { id: ids.D2, families: 20 } });
    await service.data(UPDATE_HEALTH_FACILITY, { input: { id: ids.HF3, phone: '+255 1' } });

    districtOfficer = { id: '0190e0c0-0000-7000-8000-0000000000d1', username: 'dho-d1', rights: ALL_RIGHTS, districtIds: [ids.D1] };
    enrolmentOfficer = {
      id: '0190e0c0-0000-7000-8000-0000000000e1',
      username: 'eo-v1-v3',
      rights: [Right.LocationSearch, Right.LocationEdit, Right.HealthFacilitySearch],
      villageIds: [ids.V1, ids.V3],
    };
    villageManager = { id: '0190e0c0-0000-7000-8000-0000000000e2', username: 'vm-v1-v3', rights: ALL_RIGHTS, villageIds: [ids.V1, ids.V3] };
    noRights = { id: '0190e0c0-0000-7000-8000-000000000000', username: 'nobody', rights: [], districtIds: [ids.D1] };
  });

  afterAll(async () => {
    await service?.close();
  });

  describe('authentication', () => {
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const ask = async (headers: Record<string, string>) => service.graphql('{ locations { totalCount } }', {}, headers);

    it('refuses a request without a token: UNAUTHENTICATED, reason TOKEN_MISSING, and writes nothing', async () => {
      const query = await service.graphql('{ locations { totalCount } }', {}, {});
      expect(query.data ?? null).toBeNull();
      expect(errorOf(query)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });

      const before = await service.counts(LOCATION_TABLES);
      const mutation = await service.graphql(CREATE_LOCATION, { input: { code: 'R9', name: 'Anonymous', type: 'REGION' } }, {});
      expect(errorOf(mutation)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
      expect(await service.counts(LOCATION_TABLES)).toEqual(before);
    });

    it('refuses an expired token: UNAUTHENTICATED, reason TOKEN_EXPIRED', async () => {
      const issuedTwoHoursAgo = await authority.token(ADMINISTRATOR, new Date(Date.now() - 2 * 3600_000));
      expect(errorOf(await ask(bearer(issuedTwoHoursAgo)))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    });

    it('refuses a token signed by a key it does not trust: TOKEN_INVALID', async () => {
      const stranger = await TestAuthority.create();
      expect(errorOf(await ask(bearer(await stranger.administratorToken())))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    });

    it('refuses a token whose claims were changed after signing: TOKEN_INVALID', async () => {
      const original = await authority.token(noRights);
      expect(errorOf(await ask(bearer(original)))).toMatchObject({ code: 'FORBIDDEN' }); // genuine, but without the right

      const [header, payload, signature] = original.split('.');
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      expect(claims.rights).toEqual([]);
      const raised = Buffer.from(JSON.stringify({ ...claims, rights: ALL_RIGHTS, admin: true })).toString('base64url');
      const response = await ask(bearer(`${header}.${raised}.${signature}`));
      expect(response.data ?? null).toBeNull();
      expect(errorOf(response)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    });

    it('refuses something that is not a JWT: TOKEN_INVALID', async () => {
      expect(errorOf(await ask(bearer('not-a-token')))).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    });

    it('refuses federation references without a token, and resolves them within the scope with one', async () => {
      const representations = [
        { __typename: 'Location', id: ids.D1 },
        { __typename: 'Location', id: ids.D2 },
        { __typename: 'HealthFacility', id: ids.HF1 },
        { __typename: 'HealthFacility', id: ids.HF3 },
      ];
      const anonymous = await service.graphql(ENTITIES, { representations }, {});
      expect(anonymous.data?._entities ?? null).toBeNull();
      expect(errorOf(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_MISSING' });
      expect(JSON.stringify(anonymous)).not.toContain('Location D1');

      const scoped = await service.data(ENTITIES, { representations }, await authority.headers(districtOfficer));
      expect(scoped._entities).toEqual([{ code: 'D1' }, null, { code: 'HF1' }, null]);
      const everything = await service.data(ENTITIES, { representations });
      expect(everything._entities).toEqual([{ code: 'D1' }, { code: 'D2' }, { code: 'HF1' }, { code: 'HF3' }]);
    });

    it('answers health checks and metrics without a token', async () => {
      for (const path of ['/health/live', '/health/ready', '/metrics']) {
        expect((await fetch(`${service.url}${path}`)).status).toBe(200);
      }
    });
  });

  describe('rights', () => {
    // Each operation with the one right it needs; inputs refer to unknown ids or are invalid, so nothing is written.
    const unknownId = '0190e0c0-0000-7000-8000-00000000ffff';
    const operations: [string, RightCode, string, () => Record<string, unknown>][] = [
      ['locations', Right.LocationSearch, '{ locations { totalCount } }', () => ({})],
      ['location', Right.LocationSearch, 'query ($id: ID!) { location(id: $id) { id } }', () => ({ id: ids.D1 })],
      ['locationHistory', Right.LocationSearch, 'query ($id: ID!) { locationHistory(id: $id) { version } }', () => ({ id: ids.D1 })],
      ['healthFacilities', Right.HealthFacilitySearch, '{ healthFacilities { totalCount } }', () => ({})],
      ['healthFacility', Right.HealthFacilitySearch, 'query ($id: ID!) { healthFacility(id: $id) { id } }', () => ({ id: ids.HF1 })],
      ['healthFacilityHistory', Right.HealthFacilitySearch, 'query ($id: ID!) { healthFacilityHistory(id: $id) { version } }', () => ({ id: ids.HF1 })],
      ['createLocation of a ward', Right.LocationAdd, CREATE_LOCATION, () => ({ input: { code: ' ', name: 'W', type: 'WARD', parentId: ids.D1 } })],
      ['createLocation of a village', Right.LocationAdd, CREATE_LOCATION, () => ({ input: { code: ' ', name: 'V', type: 'VILLAGE', parentId: ids.W1 } })],
      ['createLocation of a district', Right.LocationAddRegionOrDistrict, CREATE_LOCATION, () => ({ input: { code: ' ', name: 'D', type: 'DISTRICT', parentId: ids.R1 } })],
      ['createLocation of a region', Right.LocationAddRegionOrDistrict, CREATE_LOCATION, () => ({ input: { code: ' ', name: 'R', type: 'REGION' } })],
      ['updateLocation', Right.LocationEdit, UPDATE_LOCATION, () => ({ input: { id: unknownId, name: 'X' } })],
      ['moveLocation', Right.LocationMove, MOVE_LOCATION, () => ({ input: { id: unknownId, newParentId: ids.D1 } })],
      ['deleteLocation', Right.LocationDelete, DELETE_LOCATION, () => ({ input: { id: unknownId } })],
      [
        'createHealthFacility',
        Right.HealthFacilityAdd,
        CREATE_HEALTH_FACILITY,
        () => ({ input: { code: ' ', name: 'X', legalForm: 'PRIVATE', level: 'DISPENSARY', careType: 'BOTH', districtId: ids.D1 } }),
      ],
      ['updateHealthFacility', Right.HealthFacilityEdit, UPDATE_HEALTH_FACILITY, () => ({ input: { id: unknownId, name: 'X' } })],
      ['deleteHealthFacility', Right.HealthFacilityDelete, DELETE_HEALTH_FACILITY, () => ({ input: { id: unknownId } })],
    ];

    it('refuses health facilities to a user without right 121101 or an enrolment right: FORBIDDEN, no data', async () => {
      const searcher: TestUser = { ...districtOfficer, rights: ALL_RIGHTS.filter((right) => right !== Right.HealthFacilitySearch) };
      const response = await service.graphql(FACILITIES, {}, await authority.headers(searcher));
      expect(response.data ?? null).toBeNull();
      expect(errorOf(response)).toMatchObject({
        code: 'FORBIDDEN',
        requiredRights: [Right.HealthFacilitySearch, Right.FamilyAdd, Right.FamilyEdit, Right.InsureeAdd, Right.InsureeEdit],
      });
    });

    it.each(operations)('%s needs right %s: refused with every other right, allowed with that one alone', async (_name, right, document, variables) => {
      const before = await service.counts(LOCATION_TABLES);
      const allButIt: TestUser = { ...districtOfficer, rights: ALL_RIGHTS.filter((other) => other !== right) };
      const refused = await service.graphql(document, variables(), await authority.headers(allButIt));
      expect(Object.values(refused.data ?? {}).filter((value) => value !== null)).toEqual([]); // the field is null, or data altogether
      expect(errorOf(refused)?.code).toBe('FORBIDDEN');
      expect(errorOf(refused)?.requiredRights).toContain(right);

      const onlyIt: TestUser = { ...districtOfficer, rights: [right] };
      const allowed = await service.graphql(document, variables(), await authority.headers(onlyIt));
      expect(allowed.errors).toBeUndefined();
      expect(allowed.data).toBeDefined();
      expect(await service.counts(LOCATION_TABLES)).toEqual(before);
    });

    it('lets an IMIS Administrator (admin claim, no right listed) do everything', async () => {
      const before = await service.counts(LOCATION_TABLES);
      for (const [, , document, variables] of operations) {
        const response = await service.graphql(document, variables());
        expect(response.errors).toBeUndefined();
      }
      expect(await service.counts(LOCATION_TABLES)).toEqual(before);
    });
  });

  describe('what each user sees', () => {
    it('shows a district officer its district and everything below it, and nothing of a sibling district or the region', async () => {
      const { locations } = await service.data(LOCATIONS, {}, await authority.headers(districtOfficer));
      expect(locations.totalCount).toBe(6);
      expect(codes(locations)).toEqual(['D1', 'V1', 'V2', 'V3', 'W1', 'W2']);
      expect((await service.data(LOCATIONS, { filter: { type: 'VILLAGE' } }, await authority.headers(districtOfficer))).locations.totalCount).toBe(3);
      expect(codes((await service.data(LOCATIONS, { filter: { ancestorId: ids.R1 } }, await authority.headers(districtOfficer))).locations)).toEqual(['D1', 'V1', 'V2', 'V3', 'W1', 'W2']);
      expect((await service.data(LOCATIONS, { filter: { parentId: ids.R1 } }, await authority.headers(districtOfficer))).locations.totalCount).toBe(1);
      expect((await service.data(LOCATIONS, { filter: { code: 'D2' } }, await authority.headers(districtOfficer))).locations.totalCount).toBe(0);

      const read = await service.data(
        `query ($d1: ID!, $d2: ID!, $r1: ID!, $v1: ID!) {
          d1: location(id: $d1) { code parent { code } children { code children { code } } }
          d2: location(id: $d2) { code }
          r1: location(id: $r1) { code }
          v1: location(id: $v1) { code parent { code parent { code parent { code } } } }
        }`,
        { d1: ids.D1, d2: ids.D2, r1: ids.R1, v1: ids.V1 },
        await authority.headers(districtOfficer),
      );
      expect(read).toEqual({
        d1: { code: 'D1', parent: null, children: [{ code: 'W1', children: [{ code: 'V1' }, { code: 'V2' }] }, { code: 'W2', children: [{ code: 'V3' }] }] },
        d2: null,
        r1: null,
        v1: { code: 'V1', parent: { code: 'W1', parent: { code: 'D1', parent: null } } },
      });
    });

    it('pages through a scoped list with keyset cursors and a totalCount of the scope alone', async () => {
      const first = (await service.data(LOCATIONS, { first: 4 }, await authority.headers(districtOfficer))).locations;
      expect(first.totalCount).toBe(6);
      expect(first.edges).toHaveLength(4);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await service.data(LOCATIONS, { first: 4, after: first.pageInfo.endCursor }, await authority.headers(districtOfficer))).locations;
      expect(second.totalCount).toBe(6);
      expect(second.edges).toHaveLength(2);
      expect(second.pageInfo.hasNextPage).toBe(false);
      expect([...codes(first), ...codes(second)].sort()).toEqual(['D1', 'V1', 'V2', 'V3', 'W1', 'W2']);
    });

    it("shows a district officer its district's facilities only, and only their history", async () => {
      const { healthFacilities } = await service.data(FACILITIES, {}, await authority.headers(districtOfficer));
      expect(healthFacilities.totalCount).toBe(2);
      expect(healthFacilities.edges.map((edge: GraphQLData) => [edge.node.code, edge.node.district.code])).toEqual([['HF1', 'D1'], ['HF2', 'D1']]);
      expect((await service.data(FACILITIES, { filter: { districtId: ids.D2 } }, await authority.headers(districtOfficer))).healthFacilities.totalCount).toBe(0);

      const read = await service.data(
        `query ($hf1: ID!, $hf3: ID!, $d1: ID!, $d2: ID!) {
          hf1: healthFacility(id: $hf1) { code }
          hf3: healthFacility(id: $hf3) { code }
          hf3History: healthFacilityHistory(id: $hf3) { version }
          d1History: locationHistory(id: $d1) { version }
          d2History: locationHistory(id: $d2) { version }
        }`,
        { hf1: ids.HF1, hf3: ids.HF3, d1: ids.D1, d2: ids.D2 },
        await authority.headers(districtOfficer),
      );
      expect(read).toEqual({ hf1: { code: 'HF1' }, hf3: null, hf3History: [], d1History: [{ version: 1 }], d2History: [] });
      // The administrator sees the history the officer was not shown.
      expect((await service.data(`{ healthFacilityHistory(id: "${ids.HF3}") { version } }`)).healthFacilityHistory).toEqual([{ version: 1 }]);
    });

    it("shows an officer with villages those villages, their ancestors and their district's facilities, not their siblings", async () => {
      const { locations } = await service.data(LOCATIONS, {}, await authority.headers(enrolmentOfficer));
      expect(codes(locations)).toEqual(['D1', 'R1', 'V1', 'V3', 'W1', 'W2']);
      expect(locations.totalCount).toBe(6);

      const read = await service.data(
        `query ($w1: ID!, $v2: ID!, $r1: ID!) {
          w1: location(id: $w1) { children { code } }
          v2: location(id: $v2) { code }
          r1: location(id: $r1) { children { code children { code } } }
        }`,
        { w1: ids.W1, v2: ids.V2, r1: ids.R1 },
        await authority.headers(enrolmentOfficer),
      );
      expect(read).toEqual({ w1: { children: [{ code: 'V1' }] }, v2: null, r1: { children: [{ code: 'D1', children: [{ code: 'W1' }, { code: 'W2' }] }] } });

      const { healthFacilities } = await service.data(FACILITIES, {}, await authority.headers(enrolmentOfficer));
      expect(codes(healthFacilities)).toEqual(['HF1', 'HF2']);
    });

    it('lets an officer holding only enrolment rights (the openIMIS Enrolment Officer role) fill its pickers, within its scope', async () => {
      const pickerOfficer = await authority.headers({
        id: '0190e0c0-0000-7000-8000-0000000000e3',
        username: 'eo-system-role',
        rights: [Right.FamilySearch, Right.FamilyAdd, Right.FamilyEdit, Right.InsureeSearch, Right.InsureeAdd, Right.InsureeEdit],
        villageIds: [ids.V1, ids.V3],
      });
      const villages = await service.data(LOCATIONS, { filter: { type: 'VILLAGE' } }, pickerOfficer);
      expect(codes(villages.locations)).toEqual(['V1', 'V3']);
      expect(codes((await service.data(LOCATIONS, {}, pickerOfficer)).locations)).toEqual(['D1', 'R1', 'V1', 'V3', 'W1', 'W2']);
      expect(codes((await service.data(FACILITIES, {}, pickerOfficer)).healthFacilities)).toEqual(['HF1', 'HF2']);
      const one = await service.data(
        'query ($v1: ID!, $v4: ID!, $hf1: ID!, $hf3: ID!) { v1: location(id: $v1) { code } v4: location(id: $v4) { code } hf1: healthFacility(id: $hf1) { code } hf3: healthFacility(id: $hf3) { code } }',
        { v1: ids.V1, v4: ids.V4, hf1: ids.HF1, hf3: ids.HF3 },
        pickerOfficer,
      );
      expect(one).toEqual({ v1: { code: 'V1' }, v4: null, hf1: { code: 'HF1' }, hf3: null });

      // History stays with 121901/121101, and searching families alone does not open the pickers.
      expect(errorOf(await service.graphql(`{ locationHistory(id: "${ids.V1}") { version } }`, {}, pickerOfficer))?.code).toBe('FORBIDDEN');
      expect(errorOf(await service.graphql(`{ healthFacilityHistory(id: "${ids.HF1}") { version } }`, {}, pickerOfficer))?.code).toBe('FORBIDDEN');
      const searcher = await authority.headers({ id: '0190e0c0-0000-7000-8000-0000000000e4', username: 'searcher', rights: [Right.FamilySearch, Right.InsureeSearch], villageIds: [ids.V1] });
      expect(errorOf(await service.graphql(FACILITIES, {}, searcher))).toMatchObject({ code: 'FORBIDDEN', requiredRights: expect.arrayContaining([Right.HealthFacilitySearch, Right.FamilyAdd]) });
      expect(errorOf(await service.graphql(LOCATIONS, {}, searcher))?.code).toBe('FORBIDDEN');
    });

    it('shows an IMIS Administrator everything', async () => {
      const { locations } = await service.data(LOCATIONS, { first: 100 });
      expect(locations.totalCount).toBe(14);
      expect((await service.data(FACILITIES, {})).healthFacilities.totalCount).toBe(4);
      expect((await service.data(`{ location(id: "${ids.R2}") { children { code } } }`)).location.children).toEqual([{ code: 'D3' }]);
    });

    it('shows nothing to a restricted user whose scope names no location', async () => {
      const nowhere: TestUser = { id: '0190e0c0-0000-7000-8000-0000000000aa', rights: ALL_RIGHTS };
      expect((await service.data(LOCATIONS, {}, await authority.headers(nowhere))).locations).toMatchObject({ totalCount: 0, edges: [] });
      expect((await service.data(FACILITIES, {}, await authority.headers(nowhere))).healthFacilities.totalCount).toBe(0);
    });
  });

  describe('changes outside the scope', () => {
    const facilityInput = { name: 'Elsewhere', legalForm: 'PRIVATE', level: 'DISPENSARY', careType: 'BOTH' };
    type Case = [string, () => TestUser, string, (id?: string) => Record<string, unknown>, string];
    const send = async (user: TestUser, document: string, input: Record<string, unknown>) => {
      const response = await service.graphql(document, { input }, await authority.headers(user));
      expect(response.errors).toBeUndefined();
      const payload = mutationPayload(response);
      expect('location' in payload ? payload.location : payload.healthFacility).toBeNull();
      return payload.errors as { code: string; message: string; field: string }[];
    };

    // The district officer (D1) does not see the region above it, the other districts or their facilities.
    // Each input takes the id to send in place of the invisible one (an unknown id in the comparison).
    const invisible: Case[] = [
      ['a ward under another district', () => districtOfficer, CREATE_LOCATION, (id = ids.D2) => ({ code: 'W9', name: 'W9', type: 'WARD', parentId: id }), 'LOCATION_PARENT_NOT_FOUND'],
      ['a district under its region', () => districtOfficer, CREATE_LOCATION, (id = ids.R1) => ({ code: 'D9', name: 'D9', type: 'DISTRICT', parentId: id }), 'LOCATION_PARENT_NOT_FOUND'],
      ['an update of another district', () => districtOfficer, UPDATE_LOCATION, (id = ids.D2) => ({ id, name: 'Taken over' }), 'LOCATION_NOT_FOUND'],
      ['an update of its region', () => districtOfficer, UPDATE_LOCATION, (id = ids.R1) => ({ id, name: 'Taken over' }), 'LOCATION_NOT_FOUND'],
      ['a move of its ward to another district', () => districtOfficer, MOVE_LOCATION, (id = ids.D2) => ({ id: ids.W1, newParentId: id }), 'LOCATION_PARENT_NOT_FOUND'],
      ["a move of another district's ward into its own", () => districtOfficer, MOVE_LOCATION, (id = ids.W3) => ({ id, newParentId: ids.D1 }), 'LOCATION_NOT_FOUND'],
      ["a deletion of another district's village", () => districtOfficer, DELETE_LOCATION, (id = ids.V4) => ({ id }), 'LOCATION_NOT_FOUND'],
      ["a deletion moving its ward's villages to another district", () => districtOfficer, DELETE_LOCATION, (id = ids.W3) => ({ id: ids.W2, newParentId: id }), 'LOCATION_PARENT_NOT_FOUND'],
      ['a facility in another district', () => districtOfficer, CREATE_HEALTH_FACILITY, (id = ids.D2) => ({ ...facilityInput, code: 'HF9', districtId: id }), 'HEALTH_FACILITY_DISTRICT_INVALID'],
      ["an update of another district's facility", () => districtOfficer, UPDATE_HEALTH_FACILITY, (id = ids.HF3) => ({ id, name: 'Taken over' }), 'HEALTH_FACILITY_NOT_FOUND'],
      ['a move of its facility to another district', () => districtOfficer, UPDATE_HEALTH_FACILITY, (id = ids.D2) => ({ id: ids.HF1, districtId: id }), 'HEALTH_FACILITY_DISTRICT_INVALID'],
      ["a deletion of another district's facility", () => districtOfficer, DELETE_HEALTH_FACILITY, (id = ids.HF3) => ({ id }), 'HEALTH_FACILITY_NOT_FOUND'],
      ["a village under another district's ward, by a village officer", () => villageManager, CREATE_LOCATION, (id = ids.W3) => ({ code: 'V9', name: 'V9', type: 'VILLAGE', parentId: id }), 'LOCATION_PARENT_NOT_FOUND'],
    ];

    it.each(invisible)('answers %s exactly as an unknown id, writing and publishing nothing', async (_case, user, document, input, code) => {
      const before = await service.counts(LOCATION_TABLES);
      const outside = await send(user(), document, input());
      const unknown = await send(user(), document, input(randomUUID()));
      expect(outside).toEqual([expect.objectContaining({ code })]);
      expect(outside).toEqual(unknown);
      expect(await service.counts(LOCATION_TABLES)).toEqual(before);
    });

    // What the caller sees but may not change: the region, for anyone but an administrator; the ward,
    // district and region above an officer's villages, and its district's facilities.
    const seenNotChangeable: [string, () => TestUser, string, () => Record<string, unknown>, string][] = [
      ['a region', () => districtOfficer, CREATE_LOCATION, () => ({ code: 'R9', name: 'R9', type: 'REGION' }), 'type'],
      ["an update of a ward it only sees (its villages' parent)", () => enrolmentOfficer, UPDATE_LOCATION, () => ({ id: ids.W1, name: 'Seen, not mine' }), 'id'],
      ["a village under its villages' ward", () => villageManager, CREATE_LOCATION, () => ({ code: 'V9', name: 'V9', type: 'VILLAGE', parentId: ids.W1 }), 'parentId'],
      ['a move of its village to the ward of its other village', () => villageManager, MOVE_LOCATION, () => ({ id: ids.V1, newParentId: ids.W2 }), 'newParentId'],
      ["a deletion of its villages' district", () => villageManager, DELETE_LOCATION, () => ({ id: ids.D1 }), 'id'],
      ["a facility in its villages' district", () => villageManager, CREATE_HEALTH_FACILITY, () => ({ ...facilityInput, code: 'HF9', districtId: ids.D1 }), 'districtId'],
      ["an update of its district's facility", () => villageManager, UPDATE_HEALTH_FACILITY, () => ({ id: ids.HF1, name: 'Seen, not mine' }), 'id'],
      ["a deletion of its district's facility", () => villageManager, DELETE_HEALTH_FACILITY, () => ({ id: ids.HF1 }), 'id'],
    ];

    it.each(seenNotChangeable)('refuses %s, which the caller sees, with LOCATION_OUT_OF_SCOPE, writing and publishing nothing', async (_case, user, document, input, field) => {
      const before = await service.counts(LOCATION_TABLES);
      expect(await send(user(), document, input())).toEqual([expect.objectContaining({ code: 'LOCATION_OUT_OF_SCOPE', field })]);
      expect(await service.counts(LOCATION_TABLES)).toEqual(before);
    });

    it('lets the district officer change its own district, recorded under its user id', async () => {
      const { createLocation } = await service.data(CREATE_LOCATION, { input: { code: 'V6', name: 'New village', type: 'VILLAGE', parentId: ids.W2 } }, await authority.headers(districtOfficer));
      expect(createLocation.errors).toEqual([]);
      expect(createLocation.location).toMatchObject({ code: 'V6', changedBy: districtOfficer.id, parent: { code: 'W2' } });

      const { moveLocation } = await service.data(MOVE_LOCATION, { input: { id: ids.V2, newParentId: ids.W2 } }, await authority.headers(districtOfficer));
      expect(moveLocation.errors).toEqual([]);
      expect(moveLocation.location).toMatchObject({ parentId: ids.W2, changedBy: districtOfficer.id });

      const { updateHealthFacility } = await service.data(UPDATE_HEALTH_FACILITY, { input: { id: ids.HF2, name: 'Renamed' } }, await authority.headers(districtOfficer));
      expect(updateHealthFacility.errors).toEqual([]);
      expect(updateHealthFacility.healthFacility).toMatchObject({ name: 'Renamed', changedBy: districtOfficer.id });

      const [row] = await service.query<{ changed_by: string }>('select changed_by from health_facility where id = $1', [ids.HF2]);
      expect(row.changed_by).toBe(districtOfficer.id);
    });
  });
});
