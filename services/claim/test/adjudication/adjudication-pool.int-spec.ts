import { randomBytes } from 'crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import type { ServiceTestApp } from '@imis/testing';
import { ClaimAdjudicator, claimAdjudicationQueue } from '../../src/modules/adjudication';
import { AdjudicationProcessor } from '../../src/modules/adjudication/application/adjudication.processor';
import { traceEntries } from '../../src/modules/adjudication/domain';
import { adjudicationJob, obliterateAdjudicationQueue } from '../support/adjudication-jobs';
import { claimEntry, seedClaimWorld, type ClaimWorld } from '../support/claim-fixtures';
import { startClaim } from '../support/claim-service';
import { adjudicationSnapshot, resetAdjudication, seedCoverage, seedFamily } from '../support/coverage-fixtures';

const ENTER_MANY = `mutation($input: CreateClaimsInput!) { enterAndSubmitClaims(input: $input) { claims { id } refusals { index errors { code field } } errors { code } } }`;
const CLAIMS = 60;

/**
 * Many claims of five insurees in two families (a policy's deductible and ceiling are shared by the family, item
 * quotas and visit maxima are per member) adjudicated by concurrent in-process workers, batches taken in submission
 * order and in the worst order (latest first): the result equals adjudicating them one at a time in submission order.
 */
describe('claim adjudication pool: concurrent batches', () => {
  const prefix = `imis-test-${randomBytes(4).toString('hex')}`;
  let service: ServiceTestApp;
  let world: ClaimWorld;
  let adjudicator: ClaimAdjudicator;
  let orm: MikroORM;
  let ids: string[];
  let sequential: Awaited<ReturnType<typeof adjudicationSnapshot>>;

  const run = (claimIds: string[]) => orm.em.fork().transactional((tx) => adjudicator.adjudicate(tx, claimIds));
  /** The queued claims in submission order, with the family key their adjudication locks. */
  const queuedWithFamilies = () =>
    service.query<{ id: string; key: string }>(
      'select c.id, coalesce(i.family_id, c.insuree_id)::text as key from claim c left join projected_insuree i on i.id = c.insuree_id where c.queued order by c.submission_seq',
    );
  /** Runs `work` while another transaction holds a family's adjudication lock, as another batch would. */
  const whileFamilyHeld = <T>(key: string, work: () => Promise<T>) =>
    orm.em.fork().transactional(async (holder) => {
      await holder.execute(`select pg_advisory_xact_lock(hashtextextended('claim-usage:' || ?, 0))`, [key]);
      return work();
    });

  beforeAll(async () => {
    // The API only enqueues: the test plays the workers.
    ({ service } = await startClaim({ JOBS_QUEUE_PREFIX: prefix, JOBS_CONCURRENCY: 'claim-adjudication=0' }));
    world = await seedClaimWorld(service);
    const { productId } = await seedCoverage(service, world, { ceilingType: 'P', deductible: '15.00', ceiling: '300.00', itemLimitCount: 15, maxVisits: 10, coInsurance: 80 });
    const insurees = [...world.insurees.map((insuree) => insuree.id), ...(await seedFamily(service, productId, 2))];
    for (let from = 0; from < CLAIMS; from += 20) {
      const claims = Array.from({ length: 20 }, (_, offset) => {
        const index = from + offset;
        const date = `2026-03-${String(1 + (index % 20)).padStart(2, '0')}`;
        return claimEntry(world, { insureeId: insurees[index % insurees.length], dateFrom: date, dateTo: date, dateClaimed: date, items: [{ code: 'I1', quantity: 1 + (index % 3), priceAsked: '10.50' }] });
      });
      const result = (await service.data<{ enterAndSubmitClaims: { claims: { id: string }[]; refusals: unknown[] } }>(ENTER_MANY, { input: { claims } })).enterAndSubmitClaims;
      expect(result.refusals).toEqual([]);
    }
    adjudicator = service.app.get(ClaimAdjudicator);
    orm = service.app.get(MikroORM);
    ids = (await service.query<{ id: string }>('select id from claim where queued order by submission_seq')).map((row) => row.id);
    expect(ids).toHaveLength(CLAIMS);
  });

  afterAll(async () => {
    await obliterateAdjudicationQueue(service, prefix);
    await service?.close();
  });

  it('gives with 4 concurrent workers (batches in order, then latest first) what one-at-a-time adjudication in submission order gives, and a retried job does nothing', async () => {
    for (const id of ids) await run([id]);
    sequential = await adjudicationSnapshot(service);
    const statuses = new Set(sequential.claims.map((claim) => (claim as { status: string }).status));
    // The limits bite: visits beyond the maximum are rejected, the quota trims, the ceiling is reached.
    expect(statuses).toEqual(new Set(['VALUATED', 'REJECTED']));
    expect(sequential.items.some((line) => traceEntries((line as { trace: unknown }).trace)!.some((entry) => entry.outcome === 'trimmed'))).toBe(true);
    expect(sequential.items.some((line) => Number((line as { exceed_ceiling_amount: string | null }).exceed_ceiling_amount ?? 0) > 0)).toBe(true);
    expect(sequential.claims.every((claim) => (claim as { queued: boolean }).queued === false)).toBe(true);

    const batches: string[][] = [];
    for (let from = 0; from < ids.length; from += 4) batches.push(ids.slice(from, from + 4));
    for (const order of [batches, [...batches].reverse()]) {
      await resetAdjudication(service);
      const pending = [...order];
      // A batch's claims whose family another batch holds are deferred: the worker takes them again later, as their job would.
      const worker = async () => {
        for (let batch = pending.shift(); batch; batch = pending.shift()) {
          const { deferred } = await run(batch);
          if (deferred.length > 0) pending.push([...deferred]);
        }
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
      expect(await adjudicationSnapshot(service)).toEqual(sequential);
    }

    const again = await Promise.all(batches.map((batch) => run(batch)));
    expect(again.every((outcome) => outcome.adjudicated.length === 0 && outcome.deferred.length === 0)).toBe(true);
    expect(await adjudicationSnapshot(service)).toEqual(sequential);
  });

  it('defers the claims of a family another transaction holds, without waiting for it, and adjudicates them later in submission order', async () => {
    await resetAdjudication(service);
    const queued = await queuedWithFamilies();
    const batch = queued.slice(0, 8);
    const busy = batch[0]!.key;
    expect(new Set(batch.map((claim) => claim.key)).size).toBeGreaterThan(1);

    // Were the batch to wait for the held family, this would never end.
    const outcome = await whileFamilyHeld(busy, () => run(batch.map((claim) => claim.id)));
    const ofBusy = batch.filter((claim) => claim.key === busy).map((claim) => claim.id);
    expect([...outcome.deferred].sort()).toEqual([...ofBusy].sort());
    expect(outcome.adjudicated.map((claim) => claim.id)).toEqual(batch.filter((claim) => claim.key !== busy).map((claim) => claim.id));

    const later = await run([...outcome.deferred]);
    expect(later.deferred).toEqual([]);
    // (with the oldest other waiting claims it tops the batch up with)
    expect(later.adjudicated.map((claim) => claim.id).filter((id) => ofBusy.includes(id))).toEqual(ofBusy);
    for (const { id } of queued) await run([id]);
    expect(await adjudicationSnapshot(service)).toEqual(sequential);
  });

  it('hands the deferred claims to a new job in the batch’s own transaction', async () => {
    await resetAdjudication(service);
    const [{ before }] = await service.query<{ before: Date }>('select clock_timestamp() as before');
    const queued = await queuedWithFamilies();
    const batch = queued.slice(0, 8);
    const busy = batch[0]!.key;
    const { job, committed } = adjudicationJob(batch.map((claim) => claim.id));
    const processor = service.app.get(AdjudicationProcessor);
    await whileFamilyHeld(busy, () => orm.em.fork().transactional((tx) => processor.process(job, tx)));
    committed.forEach((callback) => callback());

    const added = await service.query<{ payload: { claimIds: string[] } }>('select payload from job where queue = $1 and created_at >= $2', [claimAdjudicationQueue.name, before]);
    expect(added.map((row) => [...row.payload.claimIds].sort())).toEqual([batch.filter((claim) => claim.key === busy).map((claim) => claim.id).sort()]);
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toMatch(/claim_adjudication_deferred_total\{?[^}\n]*\}? [1-9]/);
  });
});
