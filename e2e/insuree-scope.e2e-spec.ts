import { rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Client } from 'pg';
import { createTestDatabase, freePort, randomEventPrefix, testInfrastructure, type TestDatabase } from '@imis/testing';
import { type ManagedProcess, runProcess, startProcess, stopAll, waitForReady } from '@imis/deployment';
import { postGraphQL } from './support/graphql-client';
import { StreamReader } from './support/stream-reader';
import { supergraphFile } from './support/supergraph-file';

/**
 * Identity, location, insuree and the gateway as real processes: the administrator builds two districts,
 * a district user (district A) and an enrolment officer (village A1), registers families in A1, A2 and B1,
 * and each user, signed in through the gateway, sees and changes only the insurees of its own scope.
 */
jest.setTimeout(240_000);

const ADMIN = { username: 'e2e-admin', password: 'Adm1n-e2e-Pa55word' };
const PASSWORD = 'Sc0pe-e2e-Pa55word';
const ENROLMENT_OFFICER_ROLE_ID = '00000000-0000-4000-8000-000000000001';
const FAMILY_RIGHTS = [101001, 101002, 101003, 101004, 101101, 101102, 101103, 101104, 101105, 121101];

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken errors { code message } } }`;
const CREATE_FAMILY = `mutation($input: CreateFamilyInput!) { createFamily(input: $input) { family { id headInsureeId } errors { code field } } }`;
const CREATE_INSUREE = `mutation($input: CreateInsureeInput!) { createInsuree(input: $input) { insuree { id } errors { code field } } }`;
const UPDATE_INSUREE = `mutation($input: UpdateInsureeInput!) { updateInsuree(input: $input) { insuree { id } errors { code field } } }`;
const FAMILIES = `query($filter: FamilyFilter) { families(filter: $filter, first: 100) { totalCount edges { node { id villageId members { lastName } } } } }`;
const INSUREES = `query($filter: InsureeFilter) { insurees(filter: $filter, first: 100) { totalCount edges { node { id lastName otherNames } } } }`;

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Numbers valid under the default rule (9 digits, the last = the first 8 mod 7), distinct per call. */
let serial = 10_000_000 + Math.floor(Math.random() * 80_000_000);
const insuranceNumber = () => `${serial}${serial++ % 7}`;
const person = (otherNames: string, lastName: string) => ({ insuranceNumber: insuranceNumber(), lastName, otherNames, gender: 'F', birthDate: '1985-04-12' });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('insuree scope through the gateway', () => {
  let identityDb: TestDatabase;
  let locationDb: TestDatabase;
  let insureeDb: TestDatabase;
  let stream: StreamReader;
  let gatewayUrl: string;
  let supergraphDir: string | undefined;
  /** The service processes, whose last output explains a failure. */
  let processes: ManagedProcess[] = [];
  const prefix = randomEventPrefix();
  const tokens: Record<'admin' | 'district' | 'officer' | 'searchOnly', string> = { admin: '', district: '', officer: '', searchOnly: '' };
  const place: Record<string, string> = {};
  const family: Record<'a1' | 'a2' | 'b1', { id: string; headInsureeId: string }> = {} as never;

  const call = async (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    (await postGraphQL<Data>(gatewayUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {})).body;
  const data = async (query: string, variables: Record<string, unknown>, token: string): Promise<Data> => {
    const body = await call(query, variables, token);
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  /** The payload of a mutation `name`, retried while identity's or insuree's projection does not know a location yet. */
  const mutate = async (name: string, query: string, input: Record<string, unknown>, token = tokens.admin): Promise<Data> => {
    for (const deadline = Date.now() + 30_000; ; ) {
      const payload = (await data(query, { input }, token))[name];
      if (!/^(UNKNOWN_(DISTRICT|VILLAGE)|HEALTH_FACILITY_UNKNOWN)$/.test(payload.errors[0]?.code) || Date.now() > deadline) return payload;
      await sleep(100);
    }
  };
  const login = async (username: string, password = PASSWORD): Promise<string> => {
    const body = await call(LOGIN, { input: { username, password } });
    expect(body.data?.login.errors).toEqual([]);
    return body.data!.login.accessToken as string;
  };
  const names = (connection: Data) => connection.edges.map((edge: Data) => `${edge.node.otherNames} ${edge.node.lastName}`).sort();
  const insureeRows = async (sql: string, params: unknown[]): Promise<number> => {
    const client = new Client({ connectionString: insureeDb.url });
    await client.connect();
    try {
      return Number((await client.query(sql, params)).rows[0].n);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    const { natsUrl, redisUrl } = await testInfrastructure();
    [identityDb, locationDb, insureeDb] = [await createTestDatabase('e2e_identity'), await createTestDatabase('e2e_location'), await createTestDatabase('e2e_insuree')];
    const [identityPort, locationPort, insureePort, gatewayPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
    const common = { DATABASE_URL: identityDb.serverUrl, NATS_URL: natsUrl, EVENT_PREFIX: prefix, LOG_LEVEL: 'warn', HOST: '127.0.0.1', OUTBOX_POLL_MS: '100' };
    const jwksUrl = `http://127.0.0.1:${identityPort}/.well-known/jwks.json`;
    const admin = { IMIS_ADMIN_USERNAME: ADMIN.username, IMIS_ADMIN_PASSWORD: ADMIN.password };
    const identityEnv = { ...common, ...admin, DATABASE_NAME: identityDb.name, REDIS_URL: redisUrl, PORT: String(identityPort) };
    const locationEnv = { ...common, DATABASE_NAME: locationDb.name, PORT: String(locationPort), AUTH_JWKS_URL: jwksUrl };
    const insureeEnv = {
      ...common,
      DATABASE_NAME: insureeDb.name,
      REDIS_URL: redisUrl,
      PORT: String(insureePort),
      AUTH_JWKS_URL: jwksUrl,
      PHOTO_DIR: join(tmpdir(), `${prefix}photos`),
      IMPORT_QUEUE_PREFIX: `${prefix}imis`,
    };
    const services = [
      ['identity', identityEnv, identityPort],
      ['location', locationEnv, locationPort],
      ['insuree', insureeEnv, insureePort],
    ] as const;
    for (const [name, env] of services) expect(await runProcess('migrate', `services/${name}/src/migrate.ts`, env, { quiet: true })).toBe(0);
    const started = services.map(([name, env, port]) => [startProcess(name, `services/${name}/src/main.ts`, env, { quiet: true }), port] as const);
    processes = started.map(([process]) => process);
    for (const [process, port] of started) await waitForReady(`http://127.0.0.1:${port}/health/ready`, 90_000, process);
    const subgraph = (port: number) => `http://127.0.0.1:${port}/graphql`;
    // The gateway serves a supergraph of the subgraphs started here, not the committed one of every service.
    const supergraph = await supergraphFile({ location: subgraph(locationPort), identity: subgraph(identityPort), insuree: subgraph(insureePort) });
    supergraphDir = supergraph.directory;
    const gateway = startProcess(
      'gateway',
      'gateway/src/main.ts',
      {
        GATEWAY_PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SUPERGRAPH_PATH: supergraph.path,
        LOCATION_URL: subgraph(locationPort),
        IDENTITY_URL: subgraph(identityPort),
        INSUREE_URL: subgraph(insureePort),
        AUTH_JWKS_URL: jwksUrl,
      },
      { quiet: true },
    );
    await waitForReady(`http://127.0.0.1:${gatewayPort}/health/ready`, 90_000, gateway);
    gatewayUrl = subgraph(gatewayPort);
    stream = await StreamReader.connect(natsUrl, prefix);
    tokens.admin = await login(ADMIN.username, ADMIN.password);
  });

  afterAll(async () => {
    await stopAll();
    if (supergraphDir) rmSync(supergraphDir, { recursive: true, force: true });
    await stream?.removeStreams(['location', 'identity', 'insuree']);
    for (const database of [identityDb, locationDb, insureeDb]) await database?.drop();
  });

  it('refuses anonymous callers', async () => {
    const anonymous = await call('{ families { totalCount } }');
    expect(anonymous.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lets the administrator build places, a district user, an officer and three families', async () => {
    const createLocation = async (code: string, type: string, parentId: string | null) => {
      const { location, errors } = await mutate(
        'createLocation',
        `mutation($input: CreateLocationInput!) { createLocation(input: $input) { location { id } errors { code message } } }`,
        { code, name: `Place ${code}`, type, parentId },
      );
      expect(errors).toEqual([]);
      return (place[code] = location.id as string);
    };
    const region = await createLocation('I4R', 'REGION', null);
    const [districtA, districtB] = [await createLocation('I4DA', 'DISTRICT', region), await createLocation('I4DB', 'DISTRICT', region)];
    const [wardA, wardB] = [await createLocation('I4WA', 'WARD', districtA), await createLocation('I4WB', 'WARD', districtB)];
    for (const [code, ward] of [['I4A1', wardA], ['I4A2', wardA], ['I4B1', wardB]]) await createLocation(code, 'VILLAGE', ward);
    // The insuree service learns the places from the location events.
    const ids = Object.values(place);
    for (let attempt = 0; (await insureeRows('select count(*) n from projected_location where id = any($1::uuid[])', [ids])) < ids.length; attempt++) {
      if (attempt > 300) {
        const output = processes.map((process) => `--- ${process.name} (${process.child.exitCode ?? 'running'}):\n${process.recentOutput()}`);
        throw new Error(`the insuree location projection never caught up\n${output.join('\n')}`);
      }
      await sleep(100);
    }

    const createRole = async (name: string, rights: number[]) =>
      (await mutate('createRole', `mutation($input: CreateRoleInput!) { createRole(input: $input) { role { id } errors { code message } } }`, { name, rights })).role.id as string;
    const createUser = async (username: string, roleIds: string[], districtIds: string[]) => {
      const { user, errors } = await mutate(
        'createUser',
        `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { code message field } } }`,
        { username, lastName: 'User', otherNames: username, password: PASSWORD, roleIds, districtIds },
      );
      expect(errors).toEqual([]);
      return user.id as string;
    };
    const registrar = await createRole('Insuree registrar', FAMILY_RIGHTS);
    await createUser('district-a', [registrar], [districtA]);
    await createUser('insuree-search-only', [await createRole('Insuree searcher', [101101])], [districtA]);
    const officerUser = await createUser('officer-a1', [ENROLMENT_OFFICER_ROLE_ID], []);
    const officer = await mutate(
      'createEnrolmentOfficer',
      `mutation($input: CreateEnrolmentOfficerInput!) { createEnrolmentOfficer(input: $input) { enrolmentOfficer { id } errors { code message field } } }`,
      { code: 'I4EO1', lastName: 'Officer', otherNames: 'Village', villageIds: [place.I4A1], userId: officerUser },
    );
    expect(officer.errors).toEqual([]);

    const register = async (village: string, head: Data) => {
      const payload = await mutate('createFamily', CREATE_FAMILY, { villageId: place[village], head });
      expect(payload.errors).toEqual([]);
      return payload.family as { id: string; headInsureeId: string };
    };
    family.a1 = await register('I4A1', person('Élodie', 'Ngoué'));
    family.a2 = await register('I4A2', person('Hari', 'Karki'));
    family.b1 = await register('I4B1', person('Gita', 'Karki'));
    expect((await mutate('createInsuree', CREATE_INSUREE, { familyId: family.a1.id, ...person('Ram', 'Karki') })).errors).toEqual([]);

    tokens.district = await login('district-a');
    tokens.officer = await login('officer-a1');
    tokens.searchOnly = await login('insuree-search-only');
  });

  it('shows a district user only the families and insurees of its district, and refuses changes outside it', async () => {
    const { families } = await data(FAMILIES, {}, tokens.district);
    const { insurees } = await data(INSUREES, {}, tokens.district);
    expect(families.totalCount).toBe(2);
    expect(families.edges.map((edge: Data) => edge.node.villageId).sort()).toEqual([place.I4A1, place.I4A2].sort());
    expect(insurees.totalCount).toBe(3);
    expect(names(insurees)).toEqual(['Hari Karki', 'Ram Karki', 'Élodie Ngoué']);
    expect((await data(`query($id: ID!) { insuree(id: $id) { id } }`, { id: family.b1.headInsureeId }, tokens.district)).insuree).toBeNull();

    const familiesInB = () => insureeRows('select count(*) n from family where village_id = $1', [place.I4B1]);
    const before = await familiesInB();
    const outside = await mutate('createFamily', CREATE_FAMILY, { villageId: place.I4B1, head: person('Maya', 'Rai') }, tokens.district);
    expect(outside).toMatchObject({ family: null, errors: [{ code: 'FAMILY_VILLAGE_NOT_VILLAGE' }] });
    expect(await familiesInB()).toBe(before);
    const update = await mutate('updateInsuree', UPDATE_INSUREE, { id: family.b1.headInsureeId, phone: '+977 1 555' }, tokens.district);
    expect(update).toMatchObject({ insuree: null, errors: [{ code: 'INSUREE_NOT_FOUND' }] });
    expect((await data(`query($id: ID!) { insuree(id: $id) { phone version } }`, { id: family.b1.headInsureeId }, tokens.admin)).insuree).toEqual({ phone: null, version: 1 });

    const inside = await mutate('createFamily', CREATE_FAMILY, { villageId: place.I4A2, head: person('सीता', 'श्रेष्ठ') }, tokens.district);
    expect(inside.errors).toEqual([]);
    expect((await data(FAMILIES, {}, tokens.district)).families.totalCount).toBe(3);
  });

  it('shows an enrolment officer only the families and insurees of its village', async () => {
    const { families } = await data(FAMILIES, {}, tokens.officer);
    expect(families).toMatchObject({ totalCount: 1, edges: [{ node: { id: family.a1.id, villageId: place.I4A1 } }] });
    expect(families.edges[0].node.members.map((member: Data) => member.lastName)).toEqual(['Ngoué', 'Karki']);
    const { insurees } = await data(INSUREES, {}, tokens.officer);
    expect(names(insurees)).toEqual(['Ram Karki', 'Élodie Ngoué']);
    const karki = (await data(INSUREES, { filter: { name: 'karki' } }, tokens.officer)).insurees;
    expect({ total: karki.totalCount, names: names(karki) }).toEqual({ total: 1, names: ['Ram Karki'] });
    expect((await data(INSUREES, { filter: { name: 'karki' } }, tokens.admin)).insurees.totalCount).toBe(3);

    const inA2 = await mutate('createFamily', CREATE_FAMILY, { villageId: place.I4A2, head: person('Maya', 'Rai') }, tokens.officer);
    expect(inA2).toMatchObject({ family: null, errors: [{ code: 'FAMILY_VILLAGE_NOT_VILLAGE' }] });
    const intoA2 = await mutate('createInsuree', CREATE_INSUREE, { familyId: family.a2.id, ...person('Maya', 'Rai') }, tokens.officer);
    expect(intoA2).toMatchObject({ insuree: null, errors: [{ code: 'FAMILY_NOT_FOUND' }] });
    expect(await insureeRows(`select count(*) n from insuree where last_name = 'Rai'`, [])).toBe(0);
  });

  it('forbids the family list to a user without the family search right', async () => {
    const forbidden = await call('{ families { totalCount } }', {}, tokens.searchOnly);
    expect(forbidden.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await data(INSUREES, {}, tokens.searchOnly)).insurees.totalCount).toBe(4);
  });

  it('finds names ignoring case and accents, in Latin and Devanagari scripts', async () => {
    const search = async (name: string, nameMatch = 'CONTAINS') => names((await data(INSUREES, { filter: { name, nameMatch } }, tokens.admin)).insurees);
    expect(await search('elodie')).toEqual(['Élodie Ngoué']);
    expect(await search('NGOUE')).toEqual(['Élodie Ngoué']);
    expect(await search('श्रेष्ठ')).toEqual(['सीता श्रेष्ठ']);
    expect(await search('सी', 'PREFIX')).toEqual(['सीता श्रेष्ठ']);
    expect(await search('ता', 'PREFIX')).toEqual([]);

    const events = await stream.events('insuree', 6);
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['imis.insuree.family.created.v1', 'imis.insuree.insuree.created.v1']));
  });

  it("joins villages and first points of service from the location service, in the caller's scope", async () => {
    const created = await mutate(
      'createHealthFacility',
      `mutation($input: CreateHealthFacilityInput!) { createHealthFacility(input: $input) { healthFacility { id } errors { code message } } }`,
      { code: 'I4HF', name: 'Karki Health Post', legalForm: 'GOVERNMENT', level: 'HEALTH_CENTRE', careType: 'OUT_PATIENT', districtId: place.I4DA },
    );
    expect(created.errors).toEqual([]);
    const member = await mutate('createInsuree', CREATE_INSUREE, { familyId: family.a2.id, healthFacilityId: created.healthFacility.id, ...person('Bina', 'Thapa') }, tokens.district);
    expect(member.errors).toEqual([]);

    const query = `query($id: ID!) { family(id: $id) { village { code name parent { code parent { code } } } members { otherNames currentVillage { code } healthFacility { code name district { code } } } } }`;
    const { family: joined } = await data(query, { id: family.a2.id }, tokens.district);
    expect(joined.village).toEqual({ code: 'I4A2', name: 'Place I4A2', parent: { code: 'I4WA', parent: { code: 'I4DA' } } });
    expect(joined.members).toEqual([
      { otherNames: 'Hari', currentVillage: null, healthFacility: null },
      { otherNames: 'Bina', currentVillage: null, healthFacility: { code: 'I4HF', name: 'Karki Health Post', district: { code: 'I4DA' } } },
    ]);

    const officers = await mutate('createInsuree', CREATE_INSUREE, { familyId: family.a1.id, healthFacilityId: created.healthFacility.id, ...person('Asha', 'Thapa') }, tokens.officer);
    expect(officers.errors).toEqual([]);
    const seenByOfficer = await data(`query($id: ID!) { insuree(id: $id) { healthFacility { code } family { village { code parent { code } } } } }`, { id: officers.insuree.id }, tokens.officer);
    expect(seenByOfficer.insuree).toEqual({ healthFacility: { code: 'I4HF' }, family: { village: { code: 'I4A1', parent: { code: 'I4WA' } } } });

    const everywhere = await data(`{ families(first: 100) { edges { node { villageId village { code } } } } }`, {}, tokens.admin);
    for (const { node } of everywhere.families.edges) expect(place[node.village.code]).toBe(node.villageId);
  });

  it('gives the enrolment officer (system role, no location right) its village and first-point-of-service pickers', async () => {
    const pickers = await data(
      `{ me { rights villages { code } }
         villages: locations(filter: { type: VILLAGE }, first: 100) { edges { node { id code parent { code } } } }
         facilities: healthFacilities(first: 100) { edges { node { id code district { code } } } } }`,
      {},
      tokens.officer,
    );
    expect(pickers.me.rights).not.toContain(121901);
    expect(pickers.me.rights).not.toContain(121101);
    expect(pickers.me.villages).toEqual([{ code: 'I4A1' }]);
    expect(pickers.villages.edges.map((edge: Data) => edge.node)).toEqual([{ id: place.I4A1, code: 'I4A1', parent: { code: 'I4WA' } }]);
    expect(pickers.facilities.edges.map((edge: Data) => edge.node.code)).toEqual(['I4HF']);
    expect(pickers.facilities.edges[0].node.district).toEqual({ code: 'I4DA' });

    const history = await call(`query($id: ID!) { locationHistory(id: $id) { version } }`, { id: place.I4A1 }, tokens.officer);
    expect(history.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const outside = await data(`query($id: ID!) { location(id: $id) { code } }`, { id: place.I4B1 }, tokens.officer);
    expect(outside.location).toBeNull();
  });

  it('takes lookup codes in any case and refuses a filter code that is no code', async () => {
    const lower = await mutate('createInsuree', CREATE_INSUREE, { familyId: family.a1.id, ...person('Aya', 'Thapa'), gender: 'f', maritalStatus: 's' }, tokens.officer);
    expect(lower.errors).toEqual([]);
    const stored = await data(`query($id: ID!) { insuree(id: $id) { gender maritalStatus } }`, { id: lower.insuree.id }, tokens.officer);
    expect(stored.insuree).toEqual({ gender: 'F', maritalStatus: 'S' });
    expect(names((await data(INSUREES, { filter: { gender: 'f', name: 'thapa aya' } }, tokens.officer)).insurees)).toEqual(['Aya Thapa']);
    const unknown = await call(INSUREES, { filter: { gender: 'W' } }, tokens.officer);
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.gender' });
  });

  it('finds a name by its words in any order, surname first or by part of a hyphenated name', async () => {
    const member = await mutate('createInsuree', CREATE_INSUREE, { familyId: family.a1.id, ...person('Marie-Claire', 'Ngoué') }, tokens.admin);
    expect(member.errors).toEqual([]);
    const search = async (name: string) => names((await data(INSUREES, { filter: { name } }, tokens.officer)).insurees);
    expect(await search('Ngoué Élodie')).toEqual(['Élodie Ngoué']);
    expect(await search('claire ngoue')).toEqual(['Marie-Claire Ngoué']);
    expect(await search('Marie-Claire')).toEqual(['Marie-Claire Ngoué']);
  });
});
