import { rmSync } from 'fs';
import { createTestDatabase, freePort, randomEventPrefix, TestAuthority, testInfrastructure, type TestDatabase } from '@imis/testing';
import { runProcess, startProcess, stopAll, waitForReady } from '@imis/deployment';
import { postGraphQL } from './support/graphql-client';
import { StreamReader } from './support/stream-reader';
import { supergraphFile } from './support/supergraph-file';

/**
 * Identity, location and the gateway (over a supergraph of those two subgraphs) as real processes: the
 * seeded administrator signs in, builds two districts with facilities, creates a district user with a
 * role of its own, and that user, signed in, sees only its district through the gateway.
 */
jest.setTimeout(240_000);

const ADMIN = { username: 'e2e-admin', password: 'Adm1n-e2e-Pa55word' };
const DISTRICT_OFFICER = { username: 'dho-lake', password: 'Lake-D1str1ct-Pa55' };

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken expiresAt errors { code message } } }`;

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('identity and location scope through the gateway', () => {
  let identityDb: TestDatabase;
  let locationDb: TestDatabase;
  let stream: StreamReader;
  let gatewayUrl: string;
  let supergraphDir: string | undefined;
  const prefix = randomEventPrefix();

  const call = async (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    (await postGraphQL<Data>(gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {})).body;

  const data = async (query: string, variables: Record<string, unknown>, token: string): Promise<Data> => {
    const body = await call(query, variables, token);
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  const login = async (credentials: { username: string; password: string }): Promise<string> => {
    const body = await call(LOGIN, { input: credentials });
    expect(body.errors).toBeUndefined();
    expect(body.data!.login.errors).toEqual([]);
    return body.data!.login.accessToken as string;
  };

  beforeAll(async () => {
    const { natsUrl, redisUrl } = await testInfrastructure();
    [identityDb, locationDb] = [await createTestDatabase('e2e_identity'), await createTestDatabase('e2e_location')];
    const [identityPort, locationPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
    const common = { DATABASE_URL: identityDb.serverUrl, NATS_URL: natsUrl, EVENT_PREFIX: prefix, LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
    const jwksUrl = `http://127.0.0.1:${identityPort}/.well-known/jwks.json`;
    const identityEnv = {
      ...common,
      DATABASE_NAME: identityDb.name,
      REDIS_URL: redisUrl,
      PORT: String(identityPort),
      IMIS_ADMIN_USERNAME: ADMIN.username,
      IMIS_ADMIN_PASSWORD: ADMIN.password,
      OUTBOX_POLL_MS: '100',
    };
    const locationEnv = { ...common, DATABASE_NAME: locationDb.name, PORT: String(locationPort), AUTH_JWKS_URL: jwksUrl, OUTBOX_POLL_MS: '100' };
    expect(await runProcess('migrate', 'services/identity/src/migrate.ts', identityEnv, { quiet: true })).toBe(0);
    expect(await runProcess('migrate', 'services/location/src/migrate.ts', locationEnv, { quiet: true })).toBe(0);
    const identity = startProcess('identity', 'services/identity/src/main.ts', identityEnv, { quiet: true });
    const location = startProcess('location', 'services/location/src/main.ts', locationEnv, { quiet: true });
    await waitForReady(`http://127.0.0.1:${identityPort}/health/ready`, 90_000, identity);
    await waitForReady(`http://127.0.0.1:${locationPort}/health/ready`, 90_000, location);
    const [locationUrl, identityUrl] = [`http://127.0.0.1:${locationPort}/graphql`, `http://127.0.0.1:${identityPort}/graphql`];
    const supergraph = await supergraphFile({ location: locationUrl, identity: identityUrl });
    supergraphDir = supergraph.directory;
    const gateway = startProcess(
      'gateway',
      'gateway/src/main.ts',
      {
        GATEWAY_PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SUPERGRAPH_PATH: supergraph.path,
        LOCATION_URL: locationUrl,
        IDENTITY_URL: identityUrl,
        AUTH_JWKS_URL: jwksUrl,
      },
      { quiet: true },
    );
    await waitForReady(`http://127.0.0.1:${gatewayPort}/health/ready`, 90_000, gateway);
    gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    stream = await StreamReader.connect(natsUrl, prefix);
  });

  afterAll(async () => {
    await stopAll();
    await stream?.removeStreams(['location', 'identity']);
    await identityDb?.drop();
    await locationDb?.drop();
    if (supergraphDir) rmSync(supergraphDir, { recursive: true, force: true });
  });

  it('refuses anonymous callers everywhere but login', async () => {
    const anonymous = await call('{ locations { totalCount } }');
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const wrong = await call(LOGIN, { input: { username: ADMIN.username, password: 'not-the-password' } });
    expect(wrong.data!.login).toMatchObject({ accessToken: null, errors: [{ code: 'INVALID_CREDENTIALS' }] });
  });

  it('lets a district user created by the administrator see only its district', async () => {
    const admin = await login(ADMIN);

    const createLocation = async (code: string, type: string, parentId: string | null): Promise<string> => {
      const result = await data(
        `mutation($input: CreateLocationInput!) { createLocation(input: $input) { location { id } errors { code message } } }`,
        { input: { code, name: `Place ${code}`, type, parentId } },
        admin,
      );
      expect(result.createLocation.errors).toEqual([]);
      return result.createLocation.location.id as string;
    };
    const region = await createLocation('E3R1', 'REGION', null);
    const lake = await createLocation('E3D1', 'DISTRICT', region);
    const hills = await createLocation('E3D2', 'DISTRICT', region);
    const ward = await createLocation('E3W1', 'WARD', lake);
    const village = await createLocation('E3V1', 'VILLAGE', ward);
    for (const [code, districtId] of [['E3HF1', lake], ['E3HF2', hills]]) {
      const result = await data(
        `mutation($input: CreateHealthFacilityInput!) { createHealthFacility(input: $input) { healthFacility { id } errors { code message } } }`,
        {
          input: {
            code,
            name: `Facility ${code}`,
            legalForm: 'GOVERNMENT',
            level: 'HEALTH_CENTRE',
            careType: 'BOTH',
            districtId,
            contractStartDate: '2026-01-01',
            contractEndDate: '2027-12-31',
          },
        },
        admin,
      );
      expect(result.createHealthFacility.errors).toEqual([]);
    }

    const role = await data(
      `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id name rights } errors { code message } } }`,
      { input: { name: 'District health officer', rights: [121101, 121901] } },
      admin,
    );
    expect(role.createRole.errors).toEqual([]);

    // Identity learns about the new district from the location events; retry until its projection has it.
    const createUser = () =>
      data(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id username districtIds } errors { code message field } } }`,
        {
          input: {
            username: DISTRICT_OFFICER.username,
            lastName: 'Officer',
            otherNames: 'Lake',
            password: DISTRICT_OFFICER.password,
            roleIds: [role.createRole.role.id],
            districtIds: [lake],
          },
        },
        admin,
      );
    let created = await createUser();
    // Identity learns of the district from location's events: wait for its projection (generously, CI machines are loaded).
    for (const deadline = Date.now() + 30_000; created.createUser.errors[0]?.code === 'UNKNOWN_DISTRICT' && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      created = await createUser();
    }
    expect(created.createUser.errors).toEqual([]);
    expect(created.createUser.user.districtIds).toEqual([lake]);

    const officer = await login(DISTRICT_OFFICER);
    const seen = await data(
      `{ locations(first: 100) { edges { node { code } } } healthFacilities(first: 100) { edges { node { code } } } me { username rights districts { code name } villages { code } } }`,
      {},
      officer,
    );
    expect(seen.locations.edges.map((edge: Data) => edge.node.code).sort()).toEqual(['E3D1', 'E3V1', 'E3W1']);
    expect(seen.healthFacilities.edges.map((edge: Data) => edge.node.code)).toEqual(['E3HF1']);
    // Its districts come from the location service, joined by the gateway.
    expect(seen.me).toEqual({ username: DISTRICT_OFFICER.username, rights: [121101, 121901], districts: [{ code: 'E3D1', name: 'Place E3D1' }], villages: [] });

    const hidden = await data(`query($id: ID!) { location(id: $id) { code } }`, { id: hills }, officer);
    expect(hidden.location).toBeNull();
    expect((await data(`query($id: ID!) { location(id: $id) { code } }`, { id: village }, officer)).location).toEqual({ code: 'E3V1' });

    const forbidden = await call('{ users { totalCount } }', {}, officer);
    expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    // A user whose role lacks 121101 cannot list health facilities, even in its own district.
    const mapsOnly = await data(
      `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id } errors { code message } } }`,
      { input: { name: 'Location viewer', rights: [121901] } },
      admin,
    );
    const viewer = await data(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { code message field } } }`,
      {
        input: {
          username: 'viewer-lake',
          lastName: 'Viewer',
          otherNames: 'Lake',
          password: DISTRICT_OFFICER.password,
          roleIds: [mapsOnly.createRole.role.id],
          districtIds: [lake],
        },
      },
      admin,
    );
    expect(viewer.createUser.errors).toEqual([]);
    const viewerToken = await login({ username: 'viewer-lake', password: DISTRICT_OFFICER.password });
    const noFacilities = await call('{ healthFacilities { totalCount } }', {}, viewerToken);
    expect(noFacilities.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await data('{ locations { totalCount } }', {}, viewerToken)).locations.totalCount).toBe(3);

    // A token the gateway cannot verify (signed by a key identity never published) is refused.
    const forged = await (await TestAuthority.create()).administratorToken();
    const refused = await call('{ locations { totalCount } }', {}, forged);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });

    const everything = await data(`{ locations(first: 100) { totalCount } healthFacilities(first: 100) { totalCount } }`, {}, admin);
    expect(everything.locations.totalCount).toBe(5);
    expect(everything.healthFacilities.totalCount).toBe(2);
    const users = await data(`query($filter: UserFilterInput) { users(filter: $filter) { edges { node { username districts { code } healthFacility { code } } } } }`, { filter: { username: DISTRICT_OFFICER.username } }, admin);
    expect(users.users.edges).toEqual([{ node: { username: DISTRICT_OFFICER.username, districts: [{ code: 'E3D1' }], healthFacility: null } }]);

    const identityEvents = await stream.events('identity', 2);
    expect(identityEvents.map((event) => event.type)).toEqual(expect.arrayContaining(['imis.identity.user.created.v1']));
  });
});
