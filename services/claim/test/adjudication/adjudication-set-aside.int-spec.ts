import { randomBytes } from 'crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { JobEnqueuer } from '@imis/jobs';
import type { ServiceTestApp } from '@imis/testing';
import { AdjudicationSettings, ClaimAdjudicator, claimAdjudicationQueue, ruleSetFrom } from '../../src/modules/adjudication';
import { AdjudicationProcessor } from '../../src/modules/adjudication/application/adjudication.processor';
import { CheckRegistry, pass, type ClaimCheck } from '../../src/modules/adjudication/domain';
import { adjudicationJob, obliterateAdjudicationQueue } from '../support/adjudication-jobs';
import { claimEntry, seedClaimWorld, type ClaimWorld } from '../support/claim-fixtures';
import { startClaim } from '../support/claim-service';
import { seedCoverage, seedFamily } from '../support/coverage-fixtures';

const ENTER_MANY = `mutation($input: CreateClaimsInput!) { enterAndSubmitClaims(input: $input) { claims { id } refusals { index errors { code field } } errors { code } } }`;
const SUBMIT = `mutation($input: SubmitClaimsInput!) { submitClaims(input: $input) { claims { id queued adjudicationError } refusals { index } errors { code } } }`;
const CLAIM = `query($id: ID!) { claim(id: $id) { status queued adjudicationError version } }`;
const HISTORY = `query($id: ID!) { claimHistory(id: $id) { version queued replacedBy } }`;

/** A country's claim check with a bug: it throws on the claims coded POISON*. */
const buggy: ClaimCheck = {
  name: 'country-bug',
  level: 'claim',
  codes: [],
  description: 'a country check that fails on some claims',
  run: ({ claim }) => {
    // (a NUL too, which PostgreSQL's text cannot hold: the stored reason leaves it out)
    if (claim.code.startsWith('POISON')) throw new TypeError(`country-bug cannot read claim ${claim.code}\u0000`);
    return pass();
  },
};

/**
 * One claim the rules cannot adjudicate (a country check throws on it) must not stop the pool: its job's last attempt
 * sets its family's claims aside (out of the queue, still ENTERED, with why) and adjudicates the others; later
 * batches no longer take it in; submitted again once the rules are fixed, it is adjudicated.
 */
describe('claim adjudication: a claim that fails adjudication is set aside on the last attempt', () => {
  const prefix = `imis-test-${randomBytes(4).toString('hex')}`;
  let service: ServiceTestApp;
  let world: ClaimWorld;
  let orm: MikroORM;
  let failing: ClaimAdjudicator;
  let processor: AdjudicationProcessor;
  let poisoned: string[];
  let healthy: string[];
  let others: string[];

  const enter = async (claims: Record<string, unknown>[]) => {
    const result = (await service.data<{ enterAndSubmitClaims: { claims: { id: string }[]; refusals: unknown[] } }>(ENTER_MANY, { input: { claims } })).enterAndSubmitClaims;
    expect(result.refusals).toEqual([]);
    return result.claims.map((claim) => claim.id);
  };
  const job = (claimIds: string[], attempt: number) => {
    const { job: running, committed } = adjudicationJob(claimIds, attempt);
    return { run: () => orm.em.fork().transactional((tx) => processor.process(running, tx)), committed };
  };
  const claims = (ids: string[]) =>
    service.query<{ id: string; status: string; queued: boolean; adjudication_error: string | null; version: number }>(
      'select id, status, queued, adjudication_error, version from claim where id = any($1::uuid[]) order by submission_seq',
      [ids],
    );

  beforeAll(async () => {
    ({ service } = await startClaim({ JOBS_QUEUE_PREFIX: prefix, JOBS_CONCURRENCY: 'claim-adjudication=0' }));
    world = await seedClaimWorld(service);
    const { productId } = await seedCoverage(service, world, { ceilingType: 'P', deductible: '5.00', coInsurance: 80 });
    others = await seedFamily(service, productId, 2);
    // In submission order: the world family's poisoned claim, a healthy claim of another family, a later claim of the
    // world family (it shares the poisoned one's counters: set aside with it), another healthy one.
    const ids = await enter([
      claimEntry(world, { code: 'POISON1' }),
      claimEntry(world, { code: 'OK1', insureeId: others[0] }),
      claimEntry(world, { code: 'FAM2', insureeId: world.insurees[1].id }),
      claimEntry(world, { code: 'OK2', insureeId: others[1] }),
    ]);
    poisoned = [ids[0], ids[2]];
    healthy = [ids[1], ids[3]];
    orm = service.app.get(MikroORM);
    const settings = service.app.get(AdjudicationSettings);
    const rules = ruleSetFrom('{"add":[{"name":"country-bug"}]}', new CheckRegistry().register(buggy));
    failing = new ClaimAdjudicator(new AdjudicationSettings(rules, settings.valuate, settings.batchSize, settings.ageOfMajority));
    processor = new AdjudicationProcessor(failing, service.app.get(JobEnqueuer));
  });

  afterAll(async () => {
    await obliterateAdjudicationQueue(service, prefix);
    await service?.close();
  });

  it('fails the whole batch on an earlier attempt, leaving every claim queued for the retry', async () => {
    // The healthy claim's job tops its batch up with the oldest waiting claims: the poisoned one among them.
    await expect(job([healthy[0]], 1).run()).rejects.toThrow('country-bug cannot read claim POISON1');
    expect((await claims([...poisoned, ...healthy])).map((claim) => [claim.status, claim.queued])).toEqual([
      ['ENTERED', true],
      ['ENTERED', true],
      ['ENTERED', true],
      ['ENTERED', true],
    ]);
  });

  it('on the last attempt sets the failing family aside, with why, its events and history, and adjudicates the others', async () => {
    const { run, committed } = job([healthy[0]], claimAdjudicationQueue.attempts);
    // The batch: its claim, and the waiting claims of the poisoned family submitted up to the latest of them.
    expect(await run()).toEqual({ adjudicated: 1 });
    committed.forEach((callback) => callback());

    const after = await claims([...poisoned, ...healthy]);
    expect(after.map((claim) => [claim.id, claim.status, claim.queued])).toEqual([
      [poisoned[0], 'ENTERED', false],
      [healthy[0], 'VALUATED', false],
      [poisoned[1], 'ENTERED', false],
      [healthy[1], 'ENTERED', true],
    ]);
    for (const claim of after.filter((one) => poisoned.includes(one.id))) {
      expect(claim.adjudication_error).toBe('country-bug cannot read claim POISON1');
      expect(claim.version).toBe(2);
    }
    // Nothing of the poisoned family's adjudication was kept: no line result, no counter of its policy.
    const lines = await service.query<{ status: string | null }>('select status from claim_item where claim_id = any($1::uuid[])', [poisoned]);
    expect(lines.every((line) => line.status === null)).toBe(true);
    const usage = await service.query('select 1 from claim_usage_quantity q join projected_insuree_policy ip on ip.id = q.insuree_policy_id where ip.insuree_id = $1', [world.insurees[0].id]);
    expect(usage).toEqual([]);

    const events = await service.query<{ subject: string; queued: boolean }>(
      `select payload->>'subject' as subject, (payload->'data'->>'queued')::boolean as queued from outbox where payload->>'type' = 'imis.claim.claim.set-aside.v1' order by id`,
    );
    expect(events).toEqual([
      { subject: poisoned[0], queued: false },
      { subject: poisoned[1], queued: false },
    ]);
    const claim = (await service.data<{ claim: unknown }>(CLAIM, { id: poisoned[0] })).claim;
    expect(claim).toEqual({ status: 'ENTERED', queued: false, adjudicationError: 'country-bug cannot read claim POISON1', version: 2 });
    const history = (await service.data<{ claimHistory: unknown[] }>(HISTORY, { id: poisoned[0] })).claimHistory;
    expect(history).toEqual([{ version: 1, queued: true, replacedBy: 'adjudication' }]);

    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toMatch(/claim_adjudication_set_aside_total\{?[^}\n]*\}? 2\b/);
  });

  it('leaves set-aside claims out of later batches, and adjudicates them once submitted again', async () => {
    const [later] = await enter([claimEntry(world, { code: 'OK3', insureeId: others[0] })]);
    // Its batch has room for the oldest waiting claims: the set-aside ones are no longer waiting, the other healthy one is.
    expect(await job([later], claimAdjudicationQueue.attempts).run()).toEqual({ adjudicated: 2 });
    expect((await claims([healthy[1], later])).map((claim) => claim.status)).toEqual(['VALUATED', 'VALUATED']);

    const submitted = (await service.data<{ submitClaims: { claims: unknown[]; refusals: unknown[] } }>(SUBMIT, { input: { ids: poisoned } })).submitClaims;
    expect(submitted.refusals).toEqual([]);
    expect(submitted.claims).toEqual(poisoned.map((id) => ({ id, queued: true, adjudicationError: null })));
    // The rules fixed (the service's own adjudicator runs the default checks).
    const fixed = await orm.em.fork().transactional((tx) => service.app.get(ClaimAdjudicator).adjudicate(tx, poisoned));
    expect(fixed.adjudicated.map((claim) => [claim.id, claim.status])).toEqual(poisoned.map((id) => [id, 'VALUATED']));
    expect((await claims(poisoned)).every((claim) => claim.adjudication_error === null && !claim.queued)).toBe(true);
  });
});
