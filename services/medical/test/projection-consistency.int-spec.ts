import { MikroORM } from '@mikro-orm/core';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import type { EntityManager, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { jetstreamManager } from '@nats-io/jetstream';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { effectivePrices, MedicalProjectionModule, medicalProjectionEntities, medicalProjectionMigrations, type EffectivePriceTuple } from '@imis/medical-projection';
import { durableConsumerName, MessagingModule, messagingEntities, streamName } from '@imis/messaging';
import { serviceOrmConfig } from '@imis/persistence';
import { createTestDatabase, healthFacilityCreated, healthFacilityState, type ServiceTestApp, type TestDatabase } from '@imis/testing';
import { createItem, createService, DELETE_ITEM, UPDATE_ITEM } from './support/catalogue-operations';
import { startMedical } from './support/medical-service';
import { seedPriceListPlaces, type PriceListPlaces } from './support/price-list-fixtures';

const LIST_PAYLOAD = 'priceList { id version } errors { code field }';
const CREATE_ITEMS = `mutation($input: CreateItemsPriceListInput!) { createItemsPriceList(input: $input) { ${LIST_PAYLOAD} } }`;
const CREATE_SERVICES = `mutation($input: CreateServicesPriceListInput!) { createServicesPriceList(input: $input) { ${LIST_PAYLOAD} } }`;
const UPDATE_ITEMS = `mutation($input: UpdateItemsPriceListInput!) { updateItemsPriceList(input: $input) { ${LIST_PAYLOAD} } }`;
const DUPLICATE_ITEMS = `mutation($input: DuplicatePriceListInput!) { duplicateItemsPriceList(input: $input) { ${LIST_PAYLOAD} } }`;
const DELETE_SERVICES = `mutation($input: DeletePriceListInput!) { deleteServicesPriceList(input: $input) { ${LIST_PAYLOAD} } }`;
const ASSIGN = `mutation($input: AssignPriceListsInput!) { assignPriceLists(input: $input) { facilityPriceLists { version } errors { code field } } }`;
const PRICE_FIELDS = 'price origin priceListId itemId serviceId refusal';

/** The dates of the grid: before every list, the lists' dates (old and new), inside and outside the effective dates of IB and SLAB. */
const DATES = ['2024-12-31', '2025-01-01', '2025-02-15', '2025-03-01', '2025-04-15', '2025-05-01', '2025-06-30', '2025-07-01', '2025-12-31', '2026-01-01'];

interface Answer {
  price: string | null;
  origin: string | null;
  priceListId: string | null;
  itemId: string | null;
  serviceId: string | null;
  refusal: string | null;
}

/**
 * The acceptance test of the effective-price rule's two implementations: a catalogue built through the
 * medical service's GraphQL API (items, services, packages, price lists with and without overrides, a
 * deleted item and a code reused, an updated, a duplicated and a deleted list, assignments and a
 * re-assignment), then libs/medical-projection built in an EMPTY database from the MEDICAL stream alone
 * answers every (facility, code, date) of a grid exactly as the service's `effectivePrice` does.
 */
describe('medical projection rebuilt from the stream = the service', () => {
  let service: ServiceTestApp;
  let places: PriceListPlaces;
  let projectionDb: TestDatabase;
  let projection: INestApplicationContext | undefined;
  /** A facility in district 2.2 that never gets a list. */
  let unassigned: string;
  const item: Record<string, string> = {};
  const svc: Record<string, string> = {};

  const mutate = async (query: string, input: Record<string, unknown>) => {
    const payload = Object.values(await service.data(query, { input }))[0] as { errors: unknown[]; priceList?: { id: string; version: number } };
    expect(payload.errors).toEqual([]);
    return payload;
  };

  beforeAll(async () => {
    ({ service } = await startMedical());
    places = await seedPriceListPlaces(service);
    const [district22] = await service.query<{ id: string }>(`select id from projected_location where code = 'P2D2'`);
    const lonely = healthFacilityState(district22.id, 'HF22');
    await service.publishAs('location', [healthFacilityCreated(lonely)]);
    await service.eventually(async () => (await service.count('projected_health_facility')) === 4);
    unassigned = lonely.id;
    projectionDb = await createTestDatabase('medical_projection_rebuild');
  });

  afterAll(async () => {
    await projection?.close();
    await service?.close();
    await projectionDb?.drop();
  });

  /** Builds the catalogue, its price lists and assignments through the service's GraphQL API. */
  async function buildCatalogue(): Promise<void> {
    item.IA = await createItem(service, 'IA', { price: '100' });
    item.IB = await createItem(service, 'IB', { price: '50', effectiveFrom: '2025-03-01', effectiveTo: '2025-12-31' });
    item.IC = await createItem(service, 'IC', { price: '20' });
    item.ID = await createItem(service, 'ID', { price: '5' });
    item.IE = await createItem(service, 'IE', { price: '30', type: 'MEDICAL_CONSUMABLE' });
    svc.SCONS = await createService(service, 'SCONS', { price: '30' });
    svc.SLAB = await createService(service, 'SLAB', { price: '15', effectiveTo: '2025-06-30' });
    svc.SPKG = await createService(service, 'SPKG', {
      price: '200', level: 'DAY_OF_STAY', category: 'DELIVERY', careType: 'IN_PATIENT', packageType: 'PACKAGE_FIXED',
      packageLines: [{ itemId: item.IA, quantity: 2 }, { serviceId: svc.SCONS, quantity: 1, price: '25' }],
    });
    svc.SSUM = await createService(service, 'SSUM', { price: '0', packageType: 'PACKAGE_SUM', packageLines: [{ itemId: item.IC, quantity: 3 }] });

    const national = (await mutate(CREATE_ITEMS, {
      name: 'National items', date: '2025-01-01',
      details: [{ itemId: item.IA, price: '80' }, { itemId: item.IB }, { itemId: item.ID }, { itemId: item.IE, price: '33.33' }],
    })).priceList!.id;
    const district12 = (await mutate(CREATE_ITEMS, {
      name: 'District 1.2 items', locationId: places.district12.id, date: '2025-04-01', details: [{ itemId: item.IA }, { itemId: item.IC, price: '18' }],
    })).priceList!.id;
    const region2 = (await mutate(DUPLICATE_ITEMS, { id: national, name: 'Region 2 items', locationId: places.region2.id, date: '2025-07-01' })).priceList!.id;
    const region1Services = (await mutate(CREATE_SERVICES, {
      name: 'Region 1 services', locationId: places.region1.id, date: '2025-01-01',
      details: [{ serviceId: svc.SCONS, price: '25' }, { serviceId: svc.SPKG }, { serviceId: svc.SLAB, price: '0' }],
    })).priceList!.id;
    const nationalServices = (await mutate(CREATE_SERVICES, { name: 'National services', date: '2025-05-01', details: [{ serviceId: svc.SCONS }, { serviceId: svc.SSUM }] }))
      .priceList!.id;
    const temporary = (await mutate(CREATE_SERVICES, { name: 'Temporary services', date: '2025-01-01', details: [{ serviceId: svc.SCONS, price: '1' }] })).priceList!.id;

    await mutate(ASSIGN, { healthFacilityId: places.facility11, itemsPriceListId: national, servicesPriceListId: region1Services });
    await mutate(ASSIGN, { healthFacilityId: places.facility12, itemsPriceListId: district12, servicesPriceListId: temporary });
    await mutate(ASSIGN, { healthFacilityId: places.facility21, itemsPriceListId: national, servicesPriceListId: nationalServices });
    await mutate(ASSIGN, { healthFacilityId: places.facility21, itemsPriceListId: region2 }); // services list kept

    // Changes after the facts: an item repriced, one deleted and its code reused, a list moved earlier with new rows, a list deleted.
    await mutate(UPDATE_ITEM, { id: item.IE, price: '35' });
    await mutate(DELETE_ITEM, { id: item.ID });
    item.ID2 = await createItem(service, 'ID', { price: '7' });
    await mutate(UPDATE_ITEMS, { id: district12, date: '2025-02-01', details: [{ itemId: item.IA, price: '90' }, { itemId: item.IC }, { itemId: item.IE }, { itemId: item.ID2 }] });
    await mutate(DELETE_SERVICES, { id: temporary });
  }

  /** The service's answers for one facility and date, every code in one request (aliases). */
  async function serviceAnswers(facility: string, date: string, codes: { kind: 'ITEM' | 'SERVICE'; code: string }[]): Promise<Answer[]> {
    const fields = codes.map(
      ({ kind, code }, index) =>
        `c${index}: effectivePrice(healthFacilityId: $facility, date: $date, ${kind === 'ITEM' ? 'itemCode' : 'serviceCode'}: ${JSON.stringify(code)}) { ${PRICE_FIELDS} }`,
    );
    const data = await service.data<Record<string, Answer>>(`query($facility: ID!, $date: Date!) { ${fields.join('\n')} }`, { facility, date });
    return codes.map((_, index) => data[`c${index}`]);
  }

  async function startProjection(): Promise<INestApplicationContext> {
    const config = serviceOrmConfig({
      service: 'claim',
      serverUrl: projectionDb.serverUrl,
      database: projectionDb.name,
      entities: [...medicalProjectionEntities, ...messagingEntities],
      migrations: medicalProjectionMigrations,
    });
    // The projection's tables from its own migration; the service's own (inbox…) as its initial migration would make them.
    const orm = await MikroORM.init<PostgreSqlDriver>({ ...config, migrations: { ...config.migrations, silent: true } });
    await orm.getMigrator().up();
    await orm.schema.updateSchema();
    await orm.close(true);

    @Module({
      imports: [
        MikroOrmModule.forRoot(config),
        MessagingModule.forRoot({ service: 'claim', natsUrl: service.env.NATS_URL, prefix: service.prefix, relay: false }),
        MedicalProjectionModule,
      ],
    })
    class ClaimModule {}
    return NestFactory.createApplicationContext(ClaimModule, { logger: false });
  }

  /** Every committed change is on the stream, and the projection's consumer has applied all of it. */
  async function caughtUp(): Promise<void> {
    const stream = streamName(service.prefix, 'medical');
    const jsm = await jetstreamManager(service.nats);
    await service.eventually(async () => {
      const [{ n }] = await service.query<{ n: number }>('select count(*)::int as n from outbox where sent_at is null');
      if (n > 0) return false;
      const last = (await jsm.streams.info(stream)).state.last_seq;
      const consumer = await jsm.consumers.info(stream, durableConsumerName('claim', 'medical-projection')).catch(() => null);
      return !!consumer && consumer.delivered.stream_seq === last && consumer.num_pending === 0 && consumer.num_ack_pending === 0;
    }, 30_000);
  }

  it('gives, for every facility × code × date, the effective price the service gives', async () => {
    await buildCatalogue();
    const [{ events }] = await service.query<{ events: number }>('select count(*)::int as events from outbox');
    expect(await service.publishedEvents(events)).toHaveLength(events);

    // Started only now, in an empty database: it learns everything from the start of the stream.
    projection = await startProjection();
    await caughtUp();

    const codes = [
      ...['IA', 'IB', 'IC', 'ID', 'IE', 'NOSUCH', 'SCONS'].map((code) => ({ kind: 'ITEM' as const, code })),
      ...['SCONS', 'SLAB', 'SPKG', 'SSUM', 'NOSUCH', 'IA'].map((code) => ({ kind: 'SERVICE' as const, code })),
    ];
    const facilities = [places.facility11, places.facility12, places.facility21, unassigned];
    const tuples: EffectivePriceTuple[] = [];
    const expected: Answer[] = [];
    for (const healthFacilityId of facilities) {
      for (const date of DATES) {
        tuples.push(...codes.map(({ kind, code }) => ({ healthFacilityId, kind, code, date })));
        expected.push(...(await serviceAnswers(healthFacilityId, date, codes)));
      }
    }

    const em = projection.get(MikroORM).em.fork() as EntityManager;
    const projected = (await effectivePrices(em, tuples)).map(
      (result): Answer => ({
        price: result.status === 'PRICED' ? result.price : null,
        origin: result.status === 'PRICED' ? result.origin : null,
        priceListId: result.status === 'PRICED' ? result.priceListId : null,
        itemId: result.itemId,
        serviceId: result.serviceId,
        refusal: result.status === 'PRICED' ? null : result.status,
      }),
    );
    const labelled = (answers: Answer[]) => answers.map((answer, index) => ({ ...tuples[index], ...answer }));
    expect(labelled(projected)).toEqual(labelled(expected));

    // The grid is not trivially equal: it holds every outcome, and the changes made after the facts show.
    const outcome = (answer: Answer) => answer.refusal ?? answer.origin;
    expect(new Set(expected.map(outcome))).toEqual(new Set(['PRICE_LIST', 'REGISTER', 'NOT_IN_PRICE_LIST', 'NOT_IN_REGISTER']));
    const at = (facility: string, kind: 'ITEM' | 'SERVICE', code: string, date: string) =>
      expected[tuples.findIndex((tuple) => tuple.healthFacilityId === facility && tuple.kind === kind && tuple.code === code && tuple.date === date)];
    expect(at(places.facility11, 'ITEM', 'IA', '2025-01-01')).toMatchObject({ price: '80.00', origin: 'PRICE_LIST' });
    expect(at(places.facility11, 'ITEM', 'IA', '2024-12-31')).toMatchObject({ refusal: 'NOT_IN_PRICE_LIST', itemId: item.IA });
    expect(at(places.facility11, 'ITEM', 'IB', '2025-02-15')).toMatchObject({ refusal: 'NOT_IN_REGISTER', itemId: null });
    expect(at(places.facility11, 'ITEM', 'IB', '2025-03-01')).toMatchObject({ price: '50.00', origin: 'REGISTER' });
    expect(at(places.facility11, 'ITEM', 'IE', '2025-03-01')).toMatchObject({ price: '33.33', origin: 'PRICE_LIST' });
    expect(at(places.facility11, 'ITEM', 'ID', '2025-03-01')).toMatchObject({ refusal: 'NOT_IN_PRICE_LIST', itemId: item.ID2 });
    expect(at(places.facility12, 'ITEM', 'ID', '2025-03-01')).toMatchObject({ price: '7.00', origin: 'REGISTER', itemId: item.ID2 });
    expect(at(places.facility12, 'ITEM', 'IE', '2025-02-15')).toMatchObject({ price: '35.00', origin: 'REGISTER' });
    expect(at(places.facility12, 'SERVICE', 'SCONS', '2025-03-01')).toMatchObject({ refusal: 'NOT_IN_PRICE_LIST' });
    expect(at(places.facility11, 'SERVICE', 'SLAB', '2025-07-01')).toMatchObject({ refusal: 'NOT_IN_REGISTER' });
    expect(at(places.facility21, 'ITEM', 'IA', '2025-06-30')).toMatchObject({ refusal: 'NOT_IN_PRICE_LIST' });
    expect(at(places.facility21, 'ITEM', 'IA', '2025-07-01')).toMatchObject({ price: '80.00', origin: 'PRICE_LIST' });
    expect(at(places.facility21, 'SERVICE', 'SSUM', '2025-05-01')).toMatchObject({ price: '0.00', origin: 'REGISTER' });
  });
});
