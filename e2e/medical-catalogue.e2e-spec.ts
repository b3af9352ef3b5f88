import { rmSync } from 'fs';
import { createTestDatabase, freePort, randomEventPrefix, TestAuthority, testInfrastructure, type TestDatabase } from '@imis/testing';
import { type ManagedProcess, runProcess, startProcess, stopAll, waitForReady } from '@imis/deployment';
import { postGraphQL } from './support/graphql-client';
import { StreamReader } from './support/stream-reader';
import { supergraphFile } from './support/supergraph-file';

/**
 * The location and medical services and the gateway as real processes, trusting a TestAuthority's key:
 * the administrator builds places and facilities (location), a catalogue with a package, price lists and
 * an assignment (medical, which learns the facilities from location's events), reads a facility's price
 * lists through the gateway (HealthFacility extended by the medical subgraph) and asks effective prices;
 * a district user sees only the lists the scope rules let it see.
 */
jest.setTimeout(240_000);

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const DISTRICT_RIGHTS = [121101, 121201, 121203, 121301] as const;
const ROWS = `details(first: 10) { totalCount edges { node { itemId serviceId price item { code price } service { code price } } } }`;
const FACILITY = `query($id: ID!) { healthFacility(id: $id) { code servicesPriceList { name date ${ROWS} } itemsPriceList { name ${ROWS} } } }`;
const EFFECTIVE = `query($facility: ID!, $date: Date!, $itemCode: String, $serviceCode: String) {
  effectivePrice(healthFacilityId: $facility, date: $date, itemCode: $itemCode, serviceCode: $serviceCode) { price origin priceListId itemId serviceId refusal }
}`;
const LIST_PAYLOAD = 'priceList { id name } errors { code message field }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('medical catalogue through the gateway', () => {
  let locationDb: TestDatabase;
  let medicalDb: TestDatabase;
  let stream: StreamReader;
  let gatewayUrl: string;
  let supergraphDir: string;
  let processes: ManagedProcess[] = [];
  const prefix = randomEventPrefix();
  const tokens = { admin: '', district: '' };
  const place: Record<string, string> = {};
  const ids: Record<string, string> = {};

  const call = async (query: string, variables: Record<string, unknown> = {}, token = tokens.admin) =>
    (await postGraphQL<Data>(gatewayUrl, query, variables, { authorization: `Bearer ${token}` })).body;
  const data = async (query: string, variables: Record<string, unknown> = {}, token = tokens.admin): Promise<Data> => {
    const body = await call(query, variables, token);
    if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  /**
   * The payload of mutation `name`, retried while the medical service has not yet learnt a place or a
   * facility from location's events (it answers as for an unknown one, then).
   */
  const mutate = async (name: string, query: string, input: Record<string, unknown>, token = tokens.admin): Promise<Data> => {
    for (const deadline = Date.now() + 30_000; ; ) {
      const payload = (await data(query, { input }, token))[name];
      if (!/^(PRICE_LIST_LOCATION_INVALID|HEALTH_FACILITY_NOT_FOUND)$/.test(payload.errors[0]?.code)) return payload;
      if (Date.now() > deadline) {
        const output = processes.map((process) => `--- ${process.name} (${process.child.exitCode ?? 'running'}):\n${process.recentOutput()}`);
        throw new Error(`${name}: ${JSON.stringify(payload.errors)}: the medical service never learnt the place\n${output.join('\n')}`);
      }
      await sleep(100);
    }
  };
  const created = async (name: string, query: string, input: Record<string, unknown>, field: string): Promise<string> => {
    const payload = await mutate(name, query, input);
    expect(payload.errors).toEqual([]);
    return payload[field].id as string;
  };

  beforeAll(async () => {
    const { natsUrl, redisUrl } = await testInfrastructure();
    const authority = await TestAuthority.create();
    [locationDb, medicalDb] = [await createTestDatabase('e2e_location'), await createTestDatabase('e2e_medical')];
    const [locationPort, medicalPort, gatewayPort] = [await freePort(), await freePort(), await freePort()];
    const subgraph = (port: number) => `http://127.0.0.1:${port}/graphql`;
    const supergraph = await supergraphFile({ location: subgraph(locationPort), medical: subgraph(medicalPort) });
    supergraphDir = supergraph.directory;
    const common = { DATABASE_URL: locationDb.serverUrl, NATS_URL: natsUrl, EVENT_PREFIX: prefix, LOG_LEVEL: 'warn', HOST: '127.0.0.1', OUTBOX_POLL_MS: '100', AUTH_JWKS: authority.jwks };
    const services = [
      ['location', { ...common, DATABASE_NAME: locationDb.name, PORT: String(locationPort) }, locationPort],
      ['medical', { ...common, DATABASE_NAME: medicalDb.name, PORT: String(medicalPort), REDIS_URL: redisUrl, JOBS_QUEUE_PREFIX: `${prefix}imis` }, medicalPort],
    ] as const;
    for (const [name, env] of services) expect(await runProcess('migrate', `services/${name}/src/migrate.ts`, env, { quiet: true })).toBe(0);
    const started = services.map(([name, env, port]) => [startProcess(name, `services/${name}/src/main.ts`, env, { quiet: true }), port] as const);
    processes = started.map(([process]) => process);
    for (const [process, port] of started) await waitForReady(`http://127.0.0.1:${port}/health/ready`, 90_000, process);
    const gateway = startProcess(
      'gateway',
      'gateway/src/main.ts',
      {
        GATEWAY_PORT: String(gatewayPort),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        LOCATION_URL: subgraph(locationPort),
        MEDICAL_URL: subgraph(medicalPort),
        SUPERGRAPH_PATH: supergraph.path,
        AUTH_JWKS: authority.jwks,
      },
      { quiet: true },
    );
    processes.push(gateway);
    await waitForReady(`http://127.0.0.1:${gatewayPort}/health/ready`, 90_000, gateway);
    gatewayUrl = subgraph(gatewayPort);
    stream = await StreamReader.connect(natsUrl, prefix);
    tokens.admin = await authority.administratorToken();

    // Places and facilities, by the location service's mutations.
    const location = `mutation($input: CreateLocationInput!) { createLocation(input: $input) { location { id } errors { code message field } } }`;
    place.region = await created('createLocation', location, { code: 'M12R', name: 'Medical Region', type: 'REGION' }, 'location');
    for (const code of ['M12DA', 'M12DB']) place[code] = await created('createLocation', location, { code, name: `District ${code}`, type: 'DISTRICT', parentId: place.region }, 'location');
    const facility = `mutation($input: CreateHealthFacilityInput!) { createHealthFacility(input: $input) { healthFacility { id } errors { code message field } } }`;
    for (const [code, district] of [['M12HA', 'M12DA'], ['M12HB', 'M12DB']]) {
      place[code] = await created(
        'createHealthFacility',
        facility,
        { code, name: `Health centre ${code}`, legalForm: 'GOVERNMENT', level: 'HEALTH_CENTRE', careType: 'BOTH', districtId: place[district] },
        'healthFacility',
      );
    }
    tokens.district = await authority.token({ username: 'district-a', rights: DISTRICT_RIGHTS, districtIds: [place.M12DA] });
  });

  afterAll(async () => {
    await stopAll();
    await stream?.removeStreams(['location', 'medical']);
    for (const database of [locationDb, medicalDb]) await database?.drop();
    if (supergraphDir) rmSync(supergraphDir, { recursive: true, force: true });
  });

  it('builds a catalogue with a package, price lists with overrides, and assigns them to a facility', async () => {
    const item = `mutation($input: CreateMedicalItemInput!) { createMedicalItem(input: $input) { item { id } errors { code message field } } }`;
    const service = `mutation($input: CreateMedicalServiceInput!) { createMedicalService(input: $input) { service { id packageLines { quantity item { code } service { code } } } errors { code message field } } }`;
    for (const [code, name, price] of [['MAMOX', 'Amoxicillin 500 mg', '12.50'], ['MPARA', 'Paracetamol 500 mg', '2.00'], ['MORS', 'Oral rehydration salts', '1.00']]) {
      ids[code] = await created('createMedicalItem', item, { code, name, type: 'DRUG', price, careType: 'BOTH', package: 'box' }, 'item');
    }
    ids.MCONS = await created('createMedicalService', service, { code: 'MCONS', name: 'Consultation', type: 'CURATIVE', level: 'VISIT', category: 'CONSULTATION', price: '10', careType: 'OUT_PATIENT' }, 'service');
    const delivery = await mutate('createMedicalService', service, {
      code: 'MDELIV', name: 'Normal delivery', type: 'CURATIVE', level: 'DAY_OF_STAY', category: 'DELIVERY', price: '150', careType: 'IN_PATIENT',
      packageType: 'PACKAGE_FIXED', packageLines: [{ itemId: ids.MPARA, quantity: 10 }, { serviceId: ids.MCONS, quantity: 1 }],
    });
    expect(delivery.errors).toEqual([]);
    expect(delivery.service.packageLines).toEqual([
      { quantity: 10, item: { code: 'MPARA' }, service: null },
      { quantity: 1, item: null, service: { code: 'MCONS' } },
    ]);
    ids.MDELIV = delivery.service.id;

    const createServices = `mutation($input: CreateServicesPriceListInput!) { createServicesPriceList(input: $input) { ${LIST_PAYLOAD} } }`;
    const createItems = `mutation($input: CreateItemsPriceListInput!) { createItemsPriceList(input: $input) { ${LIST_PAYLOAD} } }`;
    ids.nationalServices = await created(
      'createServicesPriceList',
      createServices,
      { name: 'National services 2026', date: '2026-01-01', details: [{ serviceId: ids.MCONS, price: '8.00' }, { serviceId: ids.MDELIV }] },
      'priceList',
    );
    ids.nationalItems = await created(
      'createItemsPriceList',
      createItems,
      { name: 'National items 2026', date: '2026-01-01', details: [{ itemId: ids.MAMOX, price: '11' }, { itemId: ids.MPARA }] },
      'priceList',
    );
    ids.regionServices = await created('createServicesPriceList', createServices, { name: 'Region services', locationId: place.region, date: '2026-01-01', details: [{ serviceId: ids.MCONS }] }, 'priceList');
    ids.districtBServices = await created(
      'createServicesPriceList',
      createServices,
      { name: 'District B services', locationId: place.M12DB, date: '2026-01-01', details: [{ serviceId: ids.MCONS, price: '9' }] },
      'priceList',
    );

    const assign = `mutation($input: AssignPriceListsInput!) { assignPriceLists(input: $input) { facilityPriceLists { version } errors { code message field } } }`;
    const toA = await mutate('assignPriceLists', assign, { healthFacilityId: place.M12HA, itemsPriceListId: ids.nationalItems, servicesPriceListId: ids.nationalServices });
    expect(toA).toEqual({ facilityPriceLists: { version: 1 }, errors: [] });
    const mismatch = await mutate('assignPriceLists', assign, { healthFacilityId: place.M12HA, servicesPriceListId: ids.districtBServices });
    expect(mismatch.errors).toEqual([expect.objectContaining({ code: 'PRICE_LIST_LOCATION_MISMATCH', field: 'servicesPriceListId' })]);
    expect((await mutate('assignPriceLists', assign, { healthFacilityId: place.M12HB, servicesPriceListId: ids.districtBServices })).errors).toEqual([]);

    // Published in order through the outbox: 3 items, 2 services, 4 lists, 2 assignments (the refused one wrote nothing).
    const events = await stream.events('medical', 11);
    const counts: Record<string, number> = {};
    for (const { type } of events) counts[type] = (counts[type] ?? 0) + 1;
    expect(counts).toEqual({
      'imis.medical.item.created.v1': 3,
      'imis.medical.service.created.v1': 2,
      'imis.medical.price-list.created.v1': 4,
      'imis.medical.facility-price-lists.assigned.v1': 2,
    });
  });

  it("reads a facility's price lists through the gateway, the facility from location and its lists from medical", async () => {
    const { healthFacility } = await data(FACILITY, { id: place.M12HA });
    const rows = (list: Data) => list.details.edges.map((edge: Data) => edge.node).sort((a: Data, b: Data) => (a.item ?? a.service).code.localeCompare((b.item ?? b.service).code));
    expect(healthFacility.code).toBe('M12HA');
    expect(healthFacility.servicesPriceList).toMatchObject({ name: 'National services 2026', date: '2026-01-01', details: { totalCount: 2 } });
    expect(rows(healthFacility.servicesPriceList)).toEqual([
      { itemId: null, serviceId: ids.MCONS, price: '8.00', item: null, service: { code: 'MCONS', price: '10.00' } },
      { itemId: null, serviceId: ids.MDELIV, price: null, item: null, service: { code: 'MDELIV', price: '150.00' } },
    ]);
    expect(healthFacility.itemsPriceList.name).toBe('National items 2026');
    expect(rows(healthFacility.itemsPriceList)).toEqual([
      { itemId: ids.MAMOX, serviceId: null, price: '11.00', item: { code: 'MAMOX', price: '12.50' }, service: null },
      { itemId: ids.MPARA, serviceId: null, price: null, item: { code: 'MPARA', price: '2.00' }, service: null },
    ]);
  });

  it('asks effective prices: an override, a register price, a line not in the list, a code not in the register', async () => {
    const price = async (variables: Record<string, unknown>, token = tokens.admin) =>
      (await data(EFFECTIVE, { facility: place.M12HA, date: '2026-03-01', ...variables }, token)).effectivePrice;
    expect(await price({ serviceCode: 'MCONS' })).toEqual({ price: '8.00', origin: 'PRICE_LIST', priceListId: ids.nationalServices, itemId: null, serviceId: ids.MCONS, refusal: null });
    expect(await price({ serviceCode: 'MDELIV' })).toMatchObject({ price: '150.00', origin: 'REGISTER', serviceId: ids.MDELIV });
    expect(await price({ itemCode: 'MPARA' })).toEqual({ price: '2.00', origin: 'REGISTER', priceListId: ids.nationalItems, itemId: ids.MPARA, serviceId: null, refusal: null });
    expect(await price({ itemCode: 'MORS' })).toEqual({ price: null, origin: null, priceListId: null, itemId: ids.MORS, serviceId: null, refusal: 'NOT_IN_PRICE_LIST' });
    expect(await price({ itemCode: 'NOSUCH' })).toEqual({ price: null, origin: null, priceListId: null, itemId: null, serviceId: null, refusal: 'NOT_IN_REGISTER' });
    expect((await price({ serviceCode: 'MCONS', date: '2025-12-31' })).refusal).toBe('NOT_IN_PRICE_LIST'); // before the list applies
  });

  it('shows a district user national lists and those of its region and district, never another district’s', async () => {
    const token = tokens.district;
    const lists = await data(`{ servicesPriceLists(first: 100) { edges { node { name } } } }`, {}, token);
    expect(lists.servicesPriceLists.edges.map((edge: Data) => edge.node.name).sort()).toEqual(['National services 2026', 'Region services']);
    expect((await data(`query($id: ID!) { servicesPriceList(id: $id) { name } }`, { id: ids.districtBServices }, token)).servicesPriceList).toBeNull();

    const own = (await data(FACILITY, { id: place.M12HA }, token)).healthFacility;
    expect(own.servicesPriceList.name).toBe('National services 2026');
    expect(own.itemsPriceList.name).toBe('National items 2026');
    expect((await data(FACILITY, { id: place.M12HB }, token)).healthFacility).toBeNull();
    expect((await data(FACILITY, { id: place.M12HB })).healthFacility.servicesPriceList.name).toBe('District B services');

    const effective = async (facility: string) => (await data(EFFECTIVE, { facility, date: '2026-03-01', serviceCode: 'MCONS' }, token)).effectivePrice;
    expect(await effective(place.M12HA)).toMatchObject({ price: '8.00', origin: 'PRICE_LIST' });
    expect(await effective(place.M12HB)).toBeNull();

    // It sees the national list but may not change it: answered as an unknown list.
    const update = `mutation($input: UpdateServicesPriceListInput!) { updateServicesPriceList(input: $input) { ${LIST_PAYLOAD} } }`;
    const refused = (await data(update, { input: { id: ids.nationalServices, name: 'Taken over' } }, token)).updateServicesPriceList;
    expect(refused).toMatchObject({ priceList: null, errors: [{ code: 'PRICE_LIST_NOT_FOUND', field: 'id' }] });
    expect((await data(FACILITY, { id: place.M12HA })).healthFacility.servicesPriceList.name).toBe('National services 2026');
  });
});
