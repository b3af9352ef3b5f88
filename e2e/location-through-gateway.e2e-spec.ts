import { readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { createTestDatabase, freePort, randomEventPrefix, TestAuthority, testInfrastructure, type TestDatabase } from '@imis/testing';
import { REPO_ROOT, runProcess, startProcess, stopAll, waitForReady } from '@imis/deployment';
import { postGraphQL } from './support/graphql-client';
import { type GraphqlExample, sectionExamples, substitute } from './support/graphql-examples';
import { StreamReader } from './support/stream-reader';
import { supergraphFile } from './support/supergraph-file';

/**
 * The location service and the gateway as real processes, on their own database, stream prefix and
 * ports: a location tree and a health facility created and read back through the gateway, and their
 * events found on JetStream. The gateway serves a supergraph of the location subgraph alone (so it is
 * ready without identity); both processes trust a TestAuthority's key, and every request carries an
 * IMIS Administrator's token.
 */
jest.setTimeout(180_000);

const CREATE_LOCATION = `
  mutation($input: CreateLocationInput!) {
    createLocation(input: $input) { location { id code name type parent { id } } errors { code message field } }
  }`;

describe('location through the gateway', () => {
  let database: TestDatabase;
  let stream: StreamReader;
  let gatewayUrl: string;
  let gatewayBase: string;
  let supergraphDir: string;
  let authorization: { authorization: string };
  let authority: TestAuthority;
  const prefix = randomEventPrefix();

  /** The data of an operation sent as the administrator; throws with the GraphQL errors otherwise. */
  const graphqlData = async <T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const { body } = await postGraphQL<T>(url, query, variables, authorization);
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };

  beforeAll(async () => {
    const { natsUrl } = await testInfrastructure();
    authority = await TestAuthority.create();
    authorization = { authorization: `Bearer ${await authority.administratorToken()}` };
    database = await createTestDatabase('e2e');
    const [locationPort, gatewayPort] = [await freePort(), await freePort()];
    const locationUrl = `http://127.0.0.1:${locationPort}/graphql`;
    const supergraph = await supergraphFile({ location: locationUrl });
    supergraphDir = supergraph.directory;
    const supergraphPath = supergraph.path;
    const serviceEnv = {
      DATABASE_URL: database.serverUrl,
      DATABASE_NAME: database.name,
      NATS_URL: natsUrl,
      EVENT_PREFIX: prefix,
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      AUTH_JWKS: authority.jwks,
    };
    expect(await runProcess('migrate', 'services/location/src/migrate.ts', serviceEnv, { quiet: true })).toBe(0);
    const location = startProcess('location', 'services/location/src/main.ts', { ...serviceEnv, PORT: String(locationPort) }, { quiet: true });
    await waitForReady(`http://127.0.0.1:${locationPort}/health/ready`, 60_000, location);
    const gateway = startProcess(
      'gateway',
      'gateway/src/main.ts',
      {
        GATEWAY_PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        LOCATION_URL: locationUrl,
        SUPERGRAPH_PATH: supergraphPath,
        AUTH_JWKS: authority.jwks,
        LOG_LEVEL: 'warn',
      },
      { quiet: true },
    );
    gatewayBase = `http://127.0.0.1:${gatewayPort}`;
    gatewayUrl = `${gatewayBase}/graphql`;
    await waitForReady(`${gatewayBase}/health/ready`, 60_000, gateway);
    stream = await StreamReader.connect(natsUrl, prefix);
  });

  afterAll(async () => {
    await stopAll();
    await stream?.removeStreams(['location']);
    await database?.drop();
    if (supergraphDir) rmSync(supergraphDir, { recursive: true, force: true });
  });

  it('creates region → district → ward → village and a health facility, reads them back, and publishes their events', async () => {
    const created: Record<string, string> = {};
    let parentId: string | null = null;
    for (const [type, code, name] of [
      ['REGION', 'E2R1', 'Eastern Region'],
      ['DISTRICT', 'E2D1', 'Lakeside District'],
      ['WARD', 'E2W1', 'Harbour Ward'],
      ['VILLAGE', 'E2V1', 'Fishers Village'],
    ]) {
      const data: { createLocation: { location: { id: string; type: string; parent: { id: string } | null }; errors: unknown[] } } = await graphqlData<{ createLocation: { location: { id: string; type: string; parent: { id: string } | null }; errors: unknown[] } }>(
        gatewayUrl,
        CREATE_LOCATION,
        { input: { code, name, type, parentId } },
      );
      expect(data.createLocation.errors).toEqual([]);
      expect(data.createLocation.location.type).toBe(type);
      expect(data.createLocation.location.parent?.id ?? null).toBe(parentId);
      created[type] = data.createLocation.location.id;
      parentId = data.createLocation.location.id;
    }

    const facility = await graphqlData<{ createHealthFacility: { healthFacility: { id: string }; errors: unknown[] } }>(
      gatewayUrl,
      `mutation($input: CreateHealthFacilityInput!) {
        createHealthFacility(input: $input) { healthFacility { id } errors { code message field } }
      }`,
      {
        input: {
          code: 'E2HF1',
          name: 'Lakeside Health Centre',
          legalForm: 'GOVERNMENT',
          level: 'HEALTH_CENTRE',
          careType: 'BOTH',
          districtId: created.DISTRICT,
          contractStartDate: '2026-01-01',
          contractEndDate: '2027-12-31',
        },
      },
    );
    expect(facility.createHealthFacility.errors).toEqual([]);

    const read = await graphqlData<{
      location: { code: string; parent: { code: string; parent: { code: string; parent: { code: string } } } };
      healthFacilities: { totalCount: number; edges: { node: { code: string; level: string; district: { code: string } } }[] };
    }>(
      gatewayUrl,
      `query($village: ID!, $district: ID!) {
        location(id: $village) { code parent { code parent { code parent { code } } } }
        healthFacilities(filter: { districtId: $district }) { totalCount edges { node { code level district { code } } } }
      }`,
      { village: created.VILLAGE, district: created.DISTRICT },
    );
    expect(read.location).toEqual({ code: 'E2V1', parent: { code: 'E2W1', parent: { code: 'E2D1', parent: { code: 'E2R1' } } } });
    expect(read.healthFacilities.totalCount).toBe(1);
    expect(read.healthFacilities.edges[0].node).toEqual({ code: 'E2HF1', level: 'HEALTH_CENTRE', district: { code: 'E2D1' } });

    const events = await stream.events('location', 5);
    expect(events.map((event) => [event.type, event.subjectId])).toEqual([
      ['imis.location.location.created.v1', created.REGION],
      ['imis.location.location.created.v1', created.DISTRICT],
      ['imis.location.location.created.v1', created.WARD],
      ['imis.location.location.created.v1', created.VILLAGE],
      ['imis.location.health-facility.created.v1', facility.createHealthFacility.healthFacility.id],
    ]);
    expect(events.every((event) => event.subject === `${prefix}${event.type}`)).toBe(true);
    expect(events[3].data).toMatchObject({ code: 'E2V1', type: 'V', ancestorIds: [created.REGION, created.DISTRICT, created.WARD] });
  });

  it('refuses bad input through the gateway with specific codes, writing nothing', async () => {
    const before = (await stream.events('location', 0)).length;
    const duplicate = await graphqlData<{ createLocation: { location: null; errors: { code: string; field: string }[] } }>(gatewayUrl, CREATE_LOCATION, {
      input: { code: 'E2R1', name: 'Another region', type: 'REGION' },
    });
    expect(duplicate.createLocation.location).toBeNull();
    expect(duplicate.createLocation.errors).toEqual([expect.objectContaining({ code: 'LOCATION_CODE_DUPLICATE', field: 'code' })]);

    const malformed = await postGraphQL(gatewayUrl, CREATE_LOCATION, { input: { code: 'X1', name: 'Nowhere', type: 'PLANET' } }, authorization);
    expect(malformed.body.data ?? null).toBeNull();
    expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST'); // variable coercion failures, as the gateway reports them;
    expect(JSON.stringify(malformed.body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await stream.events('location', 0)).length).toBe(before);
  });

  it('is ready only while its subgraph answers, and forwards the correlation id', async () => {
    const ready = await fetch(`${gatewayBase}/health/ready`);
    expect(ready.status).toBe(200);
    const traced = await postGraphQL(gatewayUrl, '{ locations(first: 1) { totalCount } }', {}, { ...authorization, 'x-correlation-id': 'e2e-trace-1' });
    expect(traced.headers.get('x-correlation-id')).toBe('e2e-trace-1');
    expect(traced.body.data).toEqual({ locations: { totalCount: 4 } });
  });

  it('refuses a request without a token, with a token it does not trust or that has expired, and without the right', async () => {
    const before = (await stream.events('location', 0)).length;
    const anonymous = await postGraphQL(gatewayUrl, CREATE_LOCATION, { input: { code: 'E2R9', name: 'Anonymous', type: 'REGION' } });
    expect(anonymous.body.data?.createLocation ?? null).toBeNull();
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const stranger = await TestAuthority.create();
    const forged = await postGraphQL(gatewayUrl, '{ locations { totalCount } }', {}, { authorization: `Bearer ${await stranger.administratorToken()}` });
    expect(forged.body.data?.locations ?? null).toBeNull();
    expect(forged.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const expiredToken = await authority.token({ admin: true }, new Date(Date.now() - 3_600_000));
    const expired = await postGraphQL(gatewayUrl, '{ locations { totalCount } }', {}, { authorization: `Bearer ${expiredToken}` });
    expect(expired.body.data?.locations ?? null).toBeNull();
    expect(expired.body.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });

    // A signed-in user whose roles lack 121101 may not list health facilities.
    const mapsOnly = await authority.token({ rights: [121901], districtIds: [] });
    const noRight = await postGraphQL(gatewayUrl, '{ healthFacilities { totalCount } }', {}, { authorization: `Bearer ${mapsOnly}` });
    expect(noRight.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });

    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await stream.events('location', 0)).length).toBe(before);
  });

  it('runs the location examples of docs/api.md as written, their placeholders filled in', async () => {
    const api = readFileSync(join(REPO_ROOT, 'docs/api.md'), 'utf8');
    const run = async <T>(example: GraphqlExample, values: Record<string, string>, variables?: Record<string, unknown>): Promise<T> =>
      graphqlData<T>(gatewayUrl, substitute(example.source, values), variables ?? (example.variables ? (JSON.parse(substitute(example.variables, values)) as Record<string, unknown>) : {}));
    const createRegion = sectionExamples('docs/api.md', api, 'Changing data: mutations').find((example) => example.source.includes('mutation CreateRegion'))!;
    const [district, facility, tree] = sectionExamples('docs/api.md', api, 'Examples (location subgraph)');
    expect([createRegion, district, facility, tree].every((example) => example !== undefined)).toBe(true);

    const region = await run<{ createLocation: { location: { id: string; type: string }; errors: unknown[]; clientMutationId: string } }>(createRegion, {});
    expect(region.createLocation).toMatchObject({ location: { type: 'REGION' }, errors: [], clientMutationId: '5b0f1c1e-mobile-42' });
    const regionId = region.createLocation.location.id;

    const created = await run<{ district: { location: { id: string; ancestorIds: string[] }; errors: unknown[] } }>(district!, { '<region id>': regionId });
    expect(created.district).toEqual({ location: { id: expect.any(String), ancestorIds: [regionId] }, errors: [] });
    const districtId = created.district.location.id;

    const dispensary = await run<{ createHealthFacility: { healthFacility: { code: string; district: { code: string } }; errors: unknown[] } }>(facility!, { '<district id>': districtId });
    expect(dispensary.createHealthFacility).toMatchObject({ healthFacility: { code: 'HF001', level: 'DISPENSARY', district: { code: 'D1' } }, errors: [] });

    const read = await run<{
      below: { totalCount: number; edges: { node: { code: string; parent: { code: string } } }[] };
      location: { children: { code: string }[] };
      healthFacilities: { totalCount: number; edges: { node: { code: string } }[] };
    }>(tree!, {}, { regionId, districtId });
    expect(read.below.edges.map(({ node }) => [node.code, node.parent.code])).toEqual([['D1', 'R1']]);
    expect(read.location.children).toEqual([{ code: 'D1', name: 'District One' }]);
    expect(read.healthFacilities.edges.map(({ node }) => node.code)).toEqual(['HF001']);
  });
});
