import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { v7 } from 'uuid';
import {
  createEvent,
  insureePolicyAddedEvent,
  insureePolicyRemovedEvent,
  insureePolicyUpdatedEvent,
  policiesExpiredEvent,
  policyActivatedEvent,
  policyCreatedEvent,
  policyDeletedEvent,
  policyUpdatedEvent,
  productCreatedEvent,
  productDeletedEvent,
  productUpdatedEvent,
  type CloudEvent,
  type InsureePolicyState,
  type PolicyState,
  type ProductState,
} from '@imis/contracts';
import { ProjectionHarness, type ProjectionHost } from '@imis/testing';
import {
  coveringPolicies,
  coveringProductLines,
  insureePoliciesOf,
  policiesByIds,
  policiesOfFamilies,
  PolicyProjectionMigration,
  PolicyProjectionModule,
  policyProjectionEntities,
  policyProjectionMigrations,
  productsByIds,
  type CoverageTuple,
  type ProductLineTuple,
} from '../src';
import { insureePolicyState, policyState, productLine, productState, projectedProduct } from './policy-states';

/** The projection alone, in a claim-like service, fed events published as the policy service would. */
describe('policy projection', () => {
  let harness: ProjectionHarness;
  let claim: ProjectionHost;

  beforeAll(async () => {
    harness = await ProjectionHarness.start({
      producer: 'policy',
      consumer: 'policy-projection',
      entities: policyProjectionEntities,
      migrations: policyProjectionMigrations,
      tables: 'projected_',
      module: PolicyProjectionModule,
    });
    claim = await harness.host('claim');
  });

  afterAll(() => harness?.close());

  const em = (projection = claim) => projection.em();
  const publish = (...events: CloudEvent<unknown>[]) => harness.publish(...events);

  const productEvent = (state: ProductState, contract = productCreatedEvent) => createEvent(contract, { subject: state.id, data: state });
  const policyEvent = (state: PolicyState, contract = policyCreatedEvent) => createEvent(contract, { subject: state.id, data: state });
  const coverageEvent = (state: InsureePolicyState, contract = insureePolicyAddedEvent) => createEvent(contract, { subject: state.id, data: state });
  const expired = (...policies: PolicyState[]) =>
    createEvent(policiesExpiredEvent, { subject: v7(), data: { expiredOn: '2027-01-01', policies: policies.map(({ id, familyId, version }) => ({ id, familyId, version })) } });

  /** The claim projection's EntityManager, counting the statements a query sends. */
  const countingReader = () => {
    const db = em();
    const reader = { statements: 0, execute: (sql: string, params: unknown[]) => ((reader.statements += 1), db.execute(sql, params)) };
    return reader;
  };
  /** Per tuple, the covering policies' ids. */
  const coveredBy = async (tuples: CoverageTuple[], projection = claim) => (await coveringPolicies(em(projection), tuples)).map((coverage) => coverage.policies.map((row) => row.policyId));
  /** Per tuple, "policy waitingUntil" of each candidate, in order. */
  const candidatesOf = async (tuples: ProductLineTuple[]) =>
    (await coveringProductLines(em(), tuples)).map((coverage) => coverage.candidates.map((row) => `${row.policyId} ${row.waitingUntil}`));

  it('owns its tables: its migration builds what its entities describe, and runs again harmlessly', async () => {
    expect(claim.drift).toEqual([]);
    const orm = claim.app.get(MikroORM) as MikroORM<PostgreSqlDriver>;
    for (const { class: migration } of policyProjectionMigrations) {
      const again = new (migration as typeof PolicyProjectionMigration)(orm.em.getDriver(), orm.config);
      await again.up();
      for (const sql of again.getQueries()) await orm.em.fork().execute(sql as string);
    }
  });

  describe('a family with two policies on two products', () => {
    const [paracetamol, bandage, consultation] = [v7(), v7(), v7()];
    const [adult, child, unpaid] = [v7(), v7(), v7()];
    const basic = productState({
      itemLines: [productLine({ itemId: paracetamol }, { waitingPeriodAdult: 3, waitingPeriodChild: 6, limitCountAdult: 2 }), productLine({ itemId: bandage })],
      serviceLines: [productLine({ serviceId: consultation }, { priceOrigin: 'R', ceilingExclusionAdult: 'H' })],
    });
    const extra = productState({ name: 'Extra cover', ceilingType: 'I', itemLines: [productLine({ itemId: paracetamol }, { waitingPeriodAdult: 1, waitingPeriodChild: 1 })] });
    const familyId = v7();
    const main = policyState(basic, { familyId });
    const top = policyState(extra, { familyId, startDate: '2026-01-31', effectiveDate: '2026-01-31', expiryDate: '2027-01-30' });
    const idle = policyState(basic, { familyId, status: 'IDLE', effectiveDate: null, startDate: '2026-02-01', expiryDate: '2027-01-31' });
    const suspended = policyState(extra, { familyId, status: 'SUSPENDED' });
    const adultMain = insureePolicyState(main, adult);
    const childMain = insureePolicyState(main, child, { enrolmentDate: '2026-02-20', startDate: '2026-03-01', effectiveDate: '2026-03-01' });
    const unpaidMain = insureePolicyState(main, unpaid, { effectiveDate: null });
    const adultTop = insureePolicyState(top, adult);
    const adultIdle = insureePolicyState(idle, adult);
    const adultSuspended = insureePolicyState(suspended, adult);
    const at = (insureeId: string, targetDate: string): CoverageTuple => ({ insureeId, targetDate });
    const line = (insureeId: string, lineId: string, targetDate = '2026-03-15', kind: ProductLineTuple['kind'] = 'ITEM', isAdult = insureeId !== child): ProductLineTuple => ({
      insureeId, targetDate, kind, lineId, adult: isAdult,
    });

    beforeAll(async () => {
      await publish(
        productEvent(basic),
        productEvent(extra),
        ...[main, top, idle, suspended].map((state) => policyEvent(state)),
        ...[adultMain, childMain, unpaidMain, adultTop, adultIdle, adultSuspended].map((state) => coverageEvent(state)),
      );
    });

    it('answers the covering policies of each (insuree, date), in order, in one statement: Active or Expired, the member effective on that date', async () => {
      const counting = countingReader();
      const coverage = await coveringPolicies(counting, [
        at(adult, '2026-03-15'),
        at(adult, '2025-12-31'), // before any effective date
        at(adult, '2026-01-15'), // before the top-up's effective date
        at(adult, '2026-12-31'), // the last covered day of the main policy
        at(adult, '2027-01-30'),
        at(child, '2026-02-28'), // joined: covered from 1 March only
        at(child, '2026-03-01'),
        at(unpaid, '2026-03-15'), // never paid for: no effective date
        at('not-a-uuid', '2026-03-15'),
      ]);
      expect(counting.statements).toBe(1);
      expect(coverage.map((tuple) => tuple.policies.map((row) => row.policyId))).toEqual([[main.id, top.id], [], [main.id], [main.id, top.id], [top.id], [], [main.id], [], []]);
      expect(coverage[0]).toEqual({
        insureeId: adult,
        targetDate: '2026-03-15',
        policies: [
          {
            insureePolicyId: adultMain.id, policyId: main.id, productId: basic.id, familyId, policyStatus: 'ACTIVE', policyStage: 'N',
            policyStartDate: '2026-01-01', policyEffectiveDate: '2026-01-01', policyExpiryDate: '2026-12-31',
            enrolmentDate: '2025-12-20', insureeStartDate: '2026-01-01', insureeEffectiveDate: '2026-01-01', insureeExpiryDate: '2026-12-31',
          },
          expect.objectContaining({ insureePolicyId: adultTop.id, productId: extra.id, insureeEffectiveDate: '2026-01-31' }),
        ],
      });
      expect(coverage[6].policies[0]).toMatchObject({ enrolmentDate: '2026-02-20', insureeStartDate: '2026-03-01', insureeEffectiveDate: '2026-03-01' });
    });

    it("orders the product search's candidates by the member's effective date + the adult or child waiting months, in one statement", async () => {
      const counting = countingReader();
      const tuples = [
        line(adult, paracetamol), // top-up: 31 Jan + 1 month = 28 Feb; main: 1 Jan + 3 months
        line(child, paracetamol), // child waiting: 1 Mar + 6 months
        line(adult, bandage),
        line(adult, consultation, '2026-03-15', 'SERVICE'),
        line(adult, consultation), // a service's id asked as an item
        line(adult, paracetamol, '2025-12-31'),
        line(unpaid, paracetamol),
        line(adult, v7()),
        line(adult, 'not-a-uuid'),
      ];
      const results = await coveringProductLines(counting, tuples);
      expect(counting.statements).toBe(1);
      expect(results.map((tuple) => tuple.candidates.map((row) => `${row.policyId} ${row.waitingUntil}`))).toEqual([
        [`${top.id} 2026-02-28`, `${main.id} 2026-04-01`],
        [`${main.id} 2026-09-01`],
        [`${main.id} 2026-01-01`],
        [`${main.id} 2026-01-01`],
        [],
        [],
        [],
        [],
        [],
      ]);
      expect(results[0]).toMatchObject({ ...tuples[0] });
      expect(results[0].candidates[1]).toEqual(
        expect.objectContaining({
          insureePolicyId: adultMain.id, productId: basic.id, kind: 'ITEM', lineId: paracetamol, priceOrigin: 'P', limits: basic.itemLines[0].limits,
          waitingPeriodAdult: 3, waitingPeriodChild: 6, limitCountAdult: 2, limitCountChild: 0, ceilingExclusionAdult: null, ceilingExclusionChild: null,
        }),
      );
      expect(results[3].candidates[0]).toMatchObject({ kind: 'SERVICE', lineId: consultation, priceOrigin: 'R', ceilingExclusionAdult: 'H' });
    });

    it('answers a thousand tuples in one statement', async () => {
      const counting = countingReader();
      const results = await coveringProductLines(counting, Array.from({ length: 1000 }, (_, index) => line([adult, child, unpaid][index % 3], paracetamol)));
      expect(counting.statements).toBe(1);
      expect(results.map((tuple) => tuple.candidates.length).slice(0, 4)).toEqual([2, 1, 0, 2]);
      expect(results).toHaveLength(1000);
    });

    it('reads products with their lines, policies, and members’ coverage rows', async () => {
      expect(await productsByIds(em(), [basic.id, extra.id, 'not-a-uuid']).then((rows) => rows.sort((a, b) => a.name.localeCompare(b.name)))).toEqual([
        projectedProduct(basic),
        projectedProduct(extra),
      ]);
      expect(await policiesByIds(em(), [main.id, idle.id])).toEqual(expect.arrayContaining([{ ...main, deleted: false }, { ...idle, deleted: false }]));
      const rows = await insureePoliciesOf(em(), [adult, child]);
      expect(rows.map((row) => row.id).sort()).toEqual([adultMain.id, childMain.id, adultTop.id, adultIdle.id, adultSuspended.id].sort());
      expect(rows.find((row) => row.id === adultIdle.id)).toEqual({ ...adultIdle, familyId, productId: basic.id, policyStatus: 'IDLE' });
    });

    it('ignores a replayed state and one older than it holds; a newer product state replaces its lines', async () => {
      const renamed = {
        ...basic,
        name: 'Basic cover 2026',
        itemLines: [productLine({ itemId: bandage }, { waitingPeriodAdult: 2 })],
        serviceLines: [productLine({ serviceId: consultation })],
        version: 3,
      };
      await publish(
        productEvent(renamed, productUpdatedEvent),
        productEvent(renamed, productUpdatedEvent), // the same state again (a new event id: no inbox deduplication)
        productEvent({ ...basic, name: 'Stale', itemLines: [productLine({ itemId: paracetamol })], version: 2 }, productUpdatedEvent),
        productEvent(basic), // the creation, replayed
        policyEvent({ ...idle, status: 'ACTIVE', effectiveDate: '2026-02-01', version: 2 }, policyActivatedEvent),
        policyEvent({ ...idle, value: '1.00', version: 1 }, policyUpdatedEvent),
        coverageEvent({ ...adultIdle, effectiveDate: '2026-02-01', version: 2 }, insureePolicyUpdatedEvent),
        coverageEvent(adultIdle, insureePolicyAddedEvent),
      );
      expect(await productsByIds(em(), [basic.id])).toEqual([projectedProduct(renamed)]);
      expect(await candidatesOf([line(adult, paracetamol), line(adult, bandage)])).toEqual([[`${top.id} 2026-02-28`], [`${main.id} 2026-03-01`, `${idle.id} 2026-04-01`]]);
      expect(await policiesByIds(em(), [idle.id])).toEqual([{ ...idle, status: 'ACTIVE', effectiveDate: '2026-02-01', version: 2, deleted: false }]);
    });

    it('expires a batch: Expired still covers its period, and older or replayed states change nothing', async () => {
      const mainExpired = { ...main, version: 2 };
      const topExpired = { ...top, version: 2 };
      await publish(
        expired(mainExpired, topExpired),
        expired(mainExpired, topExpired), // the batch, replayed
        policyEvent({ ...main, status: 'SUSPENDED', version: 2 }, policyUpdatedEvent), // same version as the expiry
        policyEvent(top, policyCreatedEvent),
        expired({ ...idle, version: 1 }), // older than the activation the projection holds
      );
      const rows = await policiesByIds(em(), [main.id, top.id, idle.id]);
      expect(Object.fromEntries(rows.map((row) => [row.id, `${row.status} v${row.version}`]))).toEqual({ [main.id]: 'EXPIRED v2', [top.id]: 'EXPIRED v2', [idle.id]: 'ACTIVE v2' });
      expect(await coveredBy([at(adult, '2026-03-15')])).toEqual([[main.id, top.id, idle.id]]);
    });

    it("removes a member's coverage row: no longer covering, and its older states replayed do not bring it back", async () => {
      await publish(
        createEvent(insureePolicyRemovedEvent, { subject: adultTop.id, data: { id: adultTop.id, policyId: top.id, insureeId: adult, version: 2 } }),
        coverageEvent(adultTop, insureePolicyAddedEvent),
        coverageEvent({ ...adultTop, version: 2 }, insureePolicyUpdatedEvent),
      );
      expect(await coveredBy([at(adult, '2026-03-15'), at(adult, '2027-01-30')])).toEqual([[main.id, idle.id], [idle.id]]);
      expect((await insureePoliciesOf(em(), [adult])).map((row) => row.id)).not.toContain(adultTop.id);
    });

    it('follows deletions: a deleted policy covers nothing, a deleted product keeps covering the policies sold on it', async () => {
      await publish(
        createEvent(policyDeletedEvent, { subject: idle.id, data: { id: idle.id, familyId, version: 3 } }),
        policyEvent({ ...idle, status: 'ACTIVE', effectiveDate: '2026-02-01', version: 2 }, policyActivatedEvent),
        createEvent(productDeletedEvent, { subject: extra.id, data: { id: extra.id, code: extra.code, version: 2 } }),
        productEvent(extra),
      );
      expect(await coveredBy([at(adult, '2026-03-15')])).toEqual([[main.id]]);
      expect(await policiesByIds(em(), [idle.id])).toEqual([]);
      expect(await policiesByIds(em(), [idle.id], { includeDeleted: true })).toEqual([expect.objectContaining({ id: idle.id, deleted: true, version: 3 })]);
      expect((await insureePoliciesOf(em(), [adult])).map((row) => row.policyId).sort()).toEqual([main.id, suspended.id].sort());
      expect(await productsByIds(em(), [extra.id])).toEqual([{ ...projectedProduct(extra, true), version: 2 }]);
      const policyOnDeleted = policyState(extra, { familyId });
      await publish(policyEvent(policyOnDeleted), coverageEvent(insureePolicyState(policyOnDeleted, child)));
      expect(await candidatesOf([line(child, paracetamol)])).toEqual([[`${policyOnDeleted.id} 2026-02-01`]]);
    });

    it('keeps each policy’s paid total and underpaid flag, read by ids and by family (latest start first)', async () => {
      const payer = v7();
      const first = policyState(basic, { familyId: payer, status: 'IDLE', effectiveDate: null, paidTotal: '0.00' });
      const renewal = policyState(basic, { familyId: payer, stage: 'R', status: 'IDLE', effectiveDate: null, startDate: '2027-01-01', expiryDate: '2027-12-31', previousPolicyId: first.id, paidTotal: '0.00' });
      await publish(
        policyEvent(first),
        policyEvent(renewal),
        policyEvent({ ...first, paidTotal: '16650.00', status: 'ACTIVE', effectiveDate: '2026-01-01', version: 2 }, policyActivatedEvent),
        policyEvent({ ...first, paidTotal: '10000.00', status: 'ACTIVE', effectiveDate: '2026-01-01', underpaid: true, version: 3 }, policyUpdatedEvent),
        policyEvent({ ...first, paidTotal: '16650.00', status: 'ACTIVE', effectiveDate: '2026-01-01', version: 2 }, policyActivatedEvent), // late copy
        policyEvent({ ...renewal, paidTotal: '5000.50', version: 2 }, policyUpdatedEvent),
      );
      expect(await policiesByIds(em(), [first.id])).toEqual([{ ...first, status: 'ACTIVE', effectiveDate: '2026-01-01', paidTotal: '10000.00', underpaid: true, version: 3, deleted: false }]);
      const counting = countingReader();
      const rows = await policiesOfFamilies(counting, [payer, v7(), 'not-a-uuid']);
      expect(counting.statements).toBe(1);
      expect(rows.map((row) => [row.id, row.paidTotal, row.underpaid])).toEqual([
        [renewal.id, '5000.50', false],
        [first.id, '10000.00', true],
      ]);
      expect(await policiesOfFamilies(em(), [])).toEqual([]);
    });
  });

  it('rebuilt from the stream alone in an empty database, gives the same coverage', async () => {
    const tuples = (await em().execute<{ insureeId: string }[]>('select distinct insuree_id as "insureeId" from projected_insuree_policy')).flatMap((row) =>
      ['2026-01-15', '2026-03-15', '2026-12-31', '2027-01-30'].map((targetDate) => ({ insureeId: row.insureeId, targetDate })),
    );
    expect(tuples.length).toBeGreaterThan(10);
    const contribution = await harness.host('contribution');
    await harness.caughtUp(contribution);
    expect(await coveringPolicies(em(contribution), tuples)).toEqual(await coveringPolicies(em(), tuples));
    const ids = (await em().execute<{ id: string }[]>('select id from projected_product')).map((row) => row.id);
    expect(await productsByIds(em(contribution), ids)).toEqual(await productsByIds(em(), ids));
  });
});
