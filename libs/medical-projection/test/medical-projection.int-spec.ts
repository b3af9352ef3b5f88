import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import {
  createEvent,
  diagnosesUploadedEvent,
  facilityPriceListsAssignedEvent,
  medicalItemCreatedEvent,
  medicalItemDeletedEvent,
  medicalItemUpdatedEvent,
  medicalServiceCreatedEvent,
  priceListCreatedEvent,
  priceListDeletedEvent,
  priceListUpdatedEvent,
  type CloudEvent,
  type DeletedDiagnosis,
  type DiagnosisState,
  type FacilityPriceListsAssignedData,
  type MedicalItemState,
  type PriceListState,
} from '@imis/contracts';
import { ProjectionHarness, type ProjectionHost } from '@imis/testing';
import {
  catalogueByCodes,
  diagnosesByCodes,
  effectivePrices,
  itemsByCodes,
  MedicalProjectionMigration,
  MedicalProjectionModule,
  medicalProjectionEntities,
  medicalProjectionMigrations,
  servicesByCodes,
  type EffectivePriceTuple,
} from '../src';
import { diagnosisState, itemDetails, itemState, priceListState, serviceDetails, serviceState } from './medical-states';

/** The projection alone, in a claim-like service, fed events published as the medical service would. */
describe('medical projection', () => {
  let harness: ProjectionHarness;
  let claim: ProjectionHost;

  beforeAll(async () => {
    harness = await ProjectionHarness.start({
      producer: 'medical',
      consumer: 'medical-projection',
      entities: medicalProjectionEntities,
      migrations: medicalProjectionMigrations,
      tables: 'projected_',
      module: MedicalProjectionModule,
    });
    claim = await harness.host('claim');
  });

  afterAll(() => harness?.close());

  const em = (projection = claim) => projection.em();
  const publish = (...events: CloudEvent<unknown>[]) => harness.publish(...events);

  const itemEvent = (state: MedicalItemState, contract = medicalItemCreatedEvent) => createEvent(contract, { subject: state.id, data: state });
  const listEvent = (state: PriceListState, contract = priceListCreatedEvent) => createEvent(contract, { subject: state.id, data: state });
  const assigned = (data: FacilityPriceListsAssignedData) => createEvent(facilityPriceListsAssignedEvent, { subject: data.healthFacilityId, data });
  const uploaded = (upserted: DiagnosisState[], deleted: DeletedDiagnosis[] = []) =>
    createEvent(diagnosesUploadedEvent, { subject: v7(), data: { uploadId: v7(), batch: 1, batches: 1, upserted, deleted } });
  /** The claim projection's EntityManager, counting the statements a query sends. */
  const countingReader = () => {
    const db = em();
    const reader = { statements: 0, execute: (sql: string, params: unknown[]) => ((reader.statements += 1), db.execute(sql, params)) };
    return reader;
  };
  const priceOf = async (tuples: EffectivePriceTuple[], projection = claim) =>
    (await effectivePrices(em(projection), tuples)).map(({ status, ...rest }) => ('price' in rest ? `${status} ${rest.price} ${rest.origin}` : status));

  it('owns its tables: its migration builds what its entities describe, and runs again harmlessly', async () => {
    expect(claim.drift).toEqual([]);
    const orm = claim.app.get(MikroORM) as MikroORM<PostgreSqlDriver>;
    const again = new MedicalProjectionMigration(orm.em.getDriver(), orm.config);
    await again.up();
    for (const sql of again.getQueries()) await orm.em.fork().execute(sql as string);
  });

  describe('effective prices of a facility with both lists', () => {
    const facility = v7();
    const listed = itemState({ price: '100.00' });
    const overridden = itemState({ price: '100.00' });
    const unlisted = itemState();
    const expired = itemState({ effectiveFrom: '2025-01-01', effectiveTo: '2026-02-28' });
    const consultation = serviceState({ price: '30.00' });
    const delivery = serviceState({
      price: '250.00', category: 'D', packageType: 'F', packageLines: [{ itemId: listed.id, serviceId: null, quantity: 2, price: null }, { itemId: null, serviceId: consultation.id, quantity: 1, price: '20.00' }],
    });
    const items = priceListState('ITEMS', itemDetails([listed, null], [overridden, '80.50'], [expired, null]), { date: '2026-02-01' });
    const services = priceListState('SERVICES', serviceDetails([consultation, null], [delivery, '199.99']));
    const tuple = (code: string, date = '2026-03-15', kind: EffectivePriceTuple['kind'] = 'ITEM', healthFacilityId = facility): EffectivePriceTuple => ({ healthFacilityId, kind, code, date });

    beforeAll(async () => {
      await publish(
        ...[listed, overridden, unlisted, expired].map((state) => itemEvent(state)),
        ...[consultation, delivery].map((state) => createEvent(medicalServiceCreatedEvent, { subject: state.id, data: state })),
        listEvent(items),
        listEvent(services),
        assigned({ healthFacilityId: facility, itemsPriceListId: items.id, servicesPriceListId: services.id, version: 1 }),
      );
    });

    it('follows the rule for every tuple, in the order asked, in one statement', async () => {
      const counting = countingReader();
      const tuples = [
        tuple(listed.code),
        tuple(overridden.code),
        tuple(unlisted.code),
        tuple(expired.code, '2026-02-15'),
        tuple(expired.code),
        tuple('NOSUCH'),
        tuple(listed.code, '2026-01-15'), // before the items list applies
        tuple(consultation.code, '2026-03-15', 'SERVICE'),
        tuple(delivery.code, '2026-03-15', 'SERVICE'),
        tuple(listed.code, '2026-03-15', 'SERVICE'), // an item's code asked as a service
        tuple(listed.code, '2026-03-15', 'ITEM', v7()), // a facility without lists
        tuple(listed.code, '2026-03-15', 'ITEM', 'not-a-uuid'),
      ];
      const results = await effectivePrices(counting, tuples);
      expect(counting.statements).toBe(1);
      expect(results.map(({ status, ...rest }) => ('price' in rest ? `${status} ${rest.price} ${rest.origin}` : status))).toEqual([
        'PRICED 100.00 REGISTER',
        'PRICED 80.50 PRICE_LIST',
        'NOT_IN_PRICE_LIST',
        'PRICED 100.00 REGISTER',
        'NOT_IN_REGISTER',
        'NOT_IN_REGISTER',
        'NOT_IN_PRICE_LIST',
        'PRICED 30.00 REGISTER',
        'PRICED 199.99 PRICE_LIST',
        'NOT_IN_REGISTER',
        'NOT_IN_PRICE_LIST',
        'NOT_IN_PRICE_LIST',
      ]);
      expect(results[1]).toEqual({ ...tuples[1], status: 'PRICED', price: '80.50', origin: 'PRICE_LIST', priceListId: items.id, lineId: overridden.id, itemId: overridden.id, serviceId: null });
      expect(results[8]).toMatchObject({ priceListId: services.id, itemId: null, serviceId: delivery.id });
      expect(results[2]).toMatchObject({ itemId: unlisted.id });
    });

    it('answers a thousand tuples in one statement', async () => {
      const tuples = Array.from({ length: 1000 }, (_, index) => tuple([listed, overridden, unlisted][index % 3].code));
      const counting = countingReader();
      const results = await effectivePrices(counting, tuples);
      expect(counting.statements).toBe(1);
      expect(results).toHaveLength(1000);
      expect(new Set(results.slice(0, 3).map((result) => result.status))).toEqual(new Set(['PRICED', 'NOT_IN_PRICE_LIST']));
      expect(results[997]).toMatchObject({ code: overridden.code, price: '80.50' });
    });

    it('reads items and services (package lines included) by code', async () => {
      expect(await itemsByCodes(em(), [listed.code, 'NOSUCH'])).toEqual([{ ...listed, deleted: false }]);
      expect(await servicesByCodes(em(), [delivery.code])).toEqual([{ ...delivery, deleted: false }]);
    });

    it('reads the three kinds by code in one statement, as their own queries do', async () => {
      const codes = { diagnoses: ['NOSUCH'], items: [listed.code, unlisted.code, 'NOSUCH'], services: [delivery.code] };
      const together = await em().transactional((tx) => catalogueByCodes(tx, codes));
      const byCode = <T extends { code: string }>(list: T[]) => [...list].sort((a, b) => a.code.localeCompare(b.code));
      expect(together.diagnoses).toEqual([]);
      expect(byCode(together.items)).toEqual(byCode(await itemsByCodes(em(), codes.items)));
      expect(together.items).toHaveLength(2);
      expect(together.services).toEqual([{ ...delivery, deleted: false }]);
      expect(await catalogueByCodes(em(), { diagnoses: [], items: [], services: [] })).toEqual({ diagnoses: [], items: [], services: [] });
    });

    it('ignores a replayed state and a state older than the one it holds: the list, its details and the assignment stay', async () => {
      const newer = { ...items, details: itemDetails([listed, '90.00'], [unlisted, null]), version: 3 };
      const older = { ...items, details: itemDetails([overridden, '1.00']), date: '2027-01-01', version: 2 };
      await publish(
        listEvent(newer, priceListUpdatedEvent),
        listEvent(newer, priceListUpdatedEvent), // the same state again (a new event id: no inbox deduplication)
        listEvent(older, priceListUpdatedEvent),
        listEvent(items), // the creation, replayed
        itemEvent({ ...listed, price: '120.00', version: 2 }, medicalItemUpdatedEvent),
        itemEvent({ ...listed, price: '5.00', version: 1 }, medicalItemUpdatedEvent),
        assigned({ healthFacilityId: facility, itemsPriceListId: null, servicesPriceListId: null, version: 1 }),
      );
      expect(await priceOf([tuple(listed.code), tuple(overridden.code), tuple(unlisted.code)])).toEqual(['PRICED 90.00 PRICE_LIST', 'NOT_IN_PRICE_LIST', 'PRICED 100.00 REGISTER']);
      expect(await itemsByCodes(em(), [listed.code])).toEqual([{ ...listed, price: '120.00', version: 2, deleted: false }]);
    });

    it('follows deletions, and a stale state replayed after one does not bring anything back', async () => {
      await publish(
        createEvent(medicalItemDeletedEvent, { subject: unlisted.id, data: { id: unlisted.id, code: unlisted.code, version: 2 } }),
        itemEvent(unlisted, medicalItemUpdatedEvent),
        createEvent(priceListDeletedEvent, { subject: services.id, data: { id: services.id, kind: 'SERVICES', version: 2 } }),
        listEvent(services, priceListUpdatedEvent),
      );
      expect(await priceOf([tuple(unlisted.code), tuple(consultation.code, '2026-03-15', 'SERVICE')])).toEqual(['NOT_IN_REGISTER', 'NOT_IN_PRICE_LIST']);
      expect(await itemsByCodes(em(), [unlisted.code])).toEqual([]);
      const later = await effectivePrices(em(), [tuple(consultation.code, '2026-03-15', 'SERVICE')]);
      expect(later[0]).toMatchObject({ status: 'NOT_IN_PRICE_LIST', serviceId: consultation.id });
    });

    it('prices a code reused after a deletion by the new item', async () => {
      const successor = itemState({ code: unlisted.code, price: '7.00' });
      const list = priceListState('ITEMS', itemDetails([successor, null], [listed, null]), { version: 1 });
      await publish(itemEvent(successor), listEvent(list), assigned({ healthFacilityId: facility, itemsPriceListId: list.id, servicesPriceListId: null, version: 2 }));
      expect(await priceOf([tuple(unlisted.code)])).toEqual(['PRICED 7.00 REGISTER']);
    });
  });

  describe('diagnoses', () => {
    it('keeps upload batches: created and changed rows, stale batches ignored, deletions by version', async () => {
      const [malaria, typhoid, cholera] = [diagnosisState(), diagnosisState({ name: 'Typhoid' }), diagnosisState({ name: 'Cholera' })];
      const typhoidRenamed = { ...typhoid, name: 'Typhoid fever', version: 3 };
      await publish(
        uploaded([malaria, typhoid, cholera]),
        uploaded([{ ...malaria, name: 'Malaria, unspecified', version: 2 }]),
        uploaded([malaria]),
        uploaded([], [{ id: cholera.id, code: cholera.code, version: 2 }]),
        uploaded([cholera]),
        uploaded([typhoidRenamed]),
        uploaded([], [{ id: typhoid.id, code: typhoid.code, version: 2 }]),
      );
      const rows = await diagnosesByCodes(em(), [malaria.code, typhoid.code, cholera.code]);
      expect(rows.sort((a, b) => a.code.localeCompare(b.code))).toEqual([
        { ...malaria, name: 'Malaria, unspecified', version: 2, deleted: false },
        { ...typhoidRenamed, deleted: false },
      ]);
      expect(await em().execute('select deleted, version from projected_diagnosis where id = ?', [cholera.id])).toEqual([{ deleted: true, version: 2 }]);

      const together = await em().transactional((tx) => catalogueByCodes(tx, { diagnoses: [malaria.code, typhoid.code, cholera.code], items: [], services: [] }));
      expect(together.diagnoses.sort((a, b) => a.code.localeCompare(b.code))).toEqual(rows);
    });
  });

  it('rebuilt from the stream alone in an empty database, gives the same effective prices', async () => {
    const tuples = (await em().execute<{ healthFacilityId: string; code: string; kind: 'ITEM' | 'SERVICE' }[]>(
      `select f.health_facility_id as "healthFacilityId", c.code, c.kind from projected_facility_price_lists f
       cross join (select code, 'ITEM' as kind from projected_medical_item union select code, 'SERVICE' from projected_medical_service) c`,
    )).flatMap((row) => ['2026-01-15', '2026-02-15', '2026-03-15'].map((date) => ({ ...row, date })));
    expect(tuples.length).toBeGreaterThan(10);
    const policy = await harness.host('policy');
    await harness.caughtUp(policy);
    expect(await effectivePrices(em(policy), tuples)).toEqual(await effectivePrices(em(), tuples));
  });
});
