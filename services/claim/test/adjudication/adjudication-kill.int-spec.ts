import { randomBytes } from 'crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { stopAll } from '@imis/deployment';
import { backendsWaitingOnLocks, backendsWriting, type ServiceTestApp, startWorkerProcess } from '@imis/testing';
import { ClaimAdjudicator } from '../../src/modules/adjudication';
import { obliterateAdjudicationQueue } from '../support/adjudication-jobs';
import { claimEntry, seedClaimWorld, type ClaimWorld } from '../support/claim-fixtures';
import { startClaim } from '../support/claim-service';
import { adjudicationSnapshot, resetAdjudication, seedCoverage } from '../support/coverage-fixtures';

const ENTER_MANY = `mutation($input: CreateClaimsInput!) { enterAndSubmitClaims(input: $input) { claims { id } refusals { index } } }`;
const CLAIMS = 60;
const POLICY_LEVEL = '00000000-0000-0000-0000-000000000000';

/**
 * `kill -9` of a real adjudication worker process (src/worker.ts) after it has written a batch's claims and lines but
 * before its commit: its writes die with its transaction, the next worker takes the job again once the lock expires,
 * and at the end every claim is adjudicated exactly once, with the counters of one-at-a-time adjudication.
 */
describe('claim adjudication pool: a worker process killed mid-batch', () => {
  const prefix = `imis-test-${randomBytes(4).toString('hex')}`;
  let service: ServiceTestApp;
  let world: ClaimWorld;
  let blocker: Client;
  let policyId: string;

  beforeAll(async () => {
    ({ service } = await startClaim({ JOBS_QUEUE_PREFIX: prefix, JOBS_CONCURRENCY: 'claim-adjudication=0', CLAIM_ADJUDICATION_BATCH_SIZE: '6' }));
    world = await seedClaimWorld(service);
    ({ policyId } = await seedCoverage(service, world, { ceilingType: 'P', deductible: '15.00', ceiling: '500.00', itemLimitCount: 30, maxVisits: 15, coInsurance: 80 }));
    blocker = new Client({ connectionString: service.db.url });
    await blocker.connect();
  });

  afterAll(async () => {
    await stopAll();
    await blocker?.end();
    await obliterateAdjudicationQueue(service, prefix);
    await service?.close();
  });

  const startWorker = () => startWorkerProcess('claim-worker', 'services/claim/src/worker.ts', { ...service.env, JOBS_QUEUE_PREFIX: prefix, JOBS_CONCURRENCY: 'claim-adjudication=2', JOBS_LOCK_SECONDS: '3' });
  const writingClaims = () => backendsWriting(service, blocker, 'claim');

  it('adjudicates every claim exactly once, with the counters of the sequential run', async () => {
    // A zero row of the policy's amounts (counters only add up): holding it stops a worker right before its commit.
    await service.query(
      `insert into claim_usage_amount values ($1, $2, 0, 0, 0, 0, 0, 0)`,
      [policyId, POLICY_LEVEL],
    );
    await blocker.query('begin');
    await blocker.query('select 1 from claim_usage_amount where policy_id = $1 and insuree_id = $2 for update', [policyId, POLICY_LEVEL]);
    const first = await startWorker();
    for (let from = 0; from < CLAIMS; from += 20) {
      const claims = Array.from({ length: 20 }, (_, offset) => {
        const index = from + offset;
        const date = `2026-04-${String(1 + (index % 28)).padStart(2, '0')}`;
        return claimEntry(world, { insureeId: world.insurees[index % 3].id, dateFrom: date, dateTo: date, dateClaimed: date, items: [{ code: 'I1', quantity: 1 + (index % 3), priceAsked: '10.50' }] });
      });
      expect((await service.data<{ enterAndSubmitClaims: { refusals: unknown[] } }>(ENTER_MANY, { input: { claims } })).enterAndSubmitClaims.refusals).toEqual([]);
    }
    await service.eventually(async () => (await backendsWaitingOnLocks(service, blocker)).length > 0 && (await writingClaims()).length > 0, 30_000);
    first.process.child.kill('SIGKILL');
    expect(await first.process.exited).not.toBe(0);
    // Its backend finishes waiting once the row is free, then finds its client gone: the transaction dies.
    await blocker.query('commit');
    await service.eventually(async () => (await writingClaims()).length === 0);
    expect(await service.query("select count(*)::int as n from claim where not queued")).toEqual([{ n: 0 }]);

    const second = await startWorker();
    await service.eventually(async () => (await service.query<{ n: number }>('select count(*)::int as n from claim where queued'))[0].n === 0, 60_000);
    await service.eventually(async () => (await service.query<{ n: number }>("select count(*)::int as n from job where status <> 'COMPLETED'"))[0].n === 0, 30_000);
    const afterKill = await adjudicationSnapshot(service);
    const [{ events }] = await service.query<{ events: number }>(
      "select count(*)::int as events from outbox where payload->>'type' = 'imis.claim.policy-usage.recorded.v1'",
    );
    expect(events).toBe(CLAIMS);
    const metrics = await (await fetch(`${second.url}/metrics`)).text();
    expect(metrics).toMatch(/claim_adjudication_batch_size_count\{[^}]*\} [1-9]/);

    // The reference: the same claims adjudicated one at a time, in submission order.
    await resetAdjudication(service);
    const adjudicator = service.app.get(ClaimAdjudicator);
    const orm: MikroORM = service.app.get(MikroORM);
    const ids = (await service.query<{ id: string }>('select id from claim where queued order by submission_seq')).map((row) => row.id);
    for (const id of ids) await orm.em.fork().transactional((tx) => adjudicator.adjudicate(tx, [id]));
    expect(await adjudicationSnapshot(service)).toEqual(afterKill);
  }, 240_000);
});
