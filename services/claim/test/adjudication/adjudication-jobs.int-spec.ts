import { randomBytes } from 'crypto';
import type { ServiceTestApp, TestAuthority } from '@imis/testing';
import { obliterateAdjudicationQueue } from '../support/adjudication-jobs';
import { claimEntry, seedClaimWorld, type ClaimWorld } from '../support/claim-fixtures';
import { startClaim } from '../support/claim-service';
import { seedCoverage, seedFamily } from '../support/coverage-fixtures';

const LINE = `id status rejectionReason quantityApproved priceAdjusted priceValuated deductibleAmount remuneratedAmount
  trace { check outcome code policyId facts { name value } } adjudicationExplanation`;
const CLAIM = `id status queued approved valuated remunerated items { ${LINE} } services { ${LINE} }`;
const ENTER_SUBMIT = `mutation($input: CreateClaimInput!) { enterAndSubmitClaim(input: $input) { claim { id } errors { code field } } }`;
const PROCESS = `mutation($input: ProcessClaimsInput!) { processClaims(input: $input) { claims { ${CLAIM} } refusals { index errors { code field } } errors { code } } }`;
const CLAIM_QUERY = `query($id: ID!) { claim(id: $id) { ${CLAIM} } }`;
const HISTORY = `query($id: ID!) { claimHistory(id: $id) { version status queued claimed dateFrom changedBy replacedBy items { quantityProvided } } }`;

interface Line {
  status: string;
  trace: { check: string; outcome: string; facts: { name: string; value: string | null }[] }[] | null;
  adjudicationExplanation: string | null;
  remuneratedAmount: string | null;
}

describe('claim adjudication jobs: submit → adjudicated in the API process', () => {
  const prefix = `imis-test-${randomBytes(4).toString('hex')}`;
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let world: ClaimWorld;
  const claimOf = async (id: string) => (await service.data<{ claim: { status: string; queued: boolean; items: Line[]; services: Line[] } }>(CLAIM_QUERY, { id })).claim;

  beforeAll(async () => {
    ({ service, authority } = await startClaim({ JOBS_QUEUE_PREFIX: prefix, JOBS_CONCURRENCY: 'claim-adjudication=2' }));
    world = await seedClaimWorld(service);
    await seedCoverage(service, world, { ceilingType: 'I', deductible: '5.00', coInsurance: 80 });
  });

  afterAll(async () => {
    await obliterateAdjudicationQueue(service, prefix);
    await service?.close();
  });

  it('checks and valuates a submitted claim, keeps each line’s trace and explanation, and records checked-state and usage events', async () => {
    const submitted = (await service.data<{ enterAndSubmitClaim: { claim: { id: string }; errors: unknown[] } }>(ENTER_SUBMIT, { input: { claim: claimEntry(world) } })).enterAndSubmitClaim;
    expect(submitted.errors).toEqual([]);
    const id = submitted.claim.id;
    const claim = await service.eventually(async () => {
      const current = await claimOf(id);
      return current.status === 'VALUATED' ? current : null;
    });
    expect(claim).toMatchObject({ queued: false, approved: '51.00', valuated: '20.00', remunerated: '20.00' });
    // I1: 2 × 10.00 (register price), 5.00 deductible, 80% of the rest = 12.00; S1: 1 × 10.00 at 80% = 8.00.
    const [item] = claim.items;
    expect(item).toMatchObject({ status: 'PASSED', remuneratedAmount: '12.00' });
    expect(item.trace!.map((entry) => entry.check)).toEqual(['registers', 'price-list', 'care-type', 'patient-category', 'frequency', 'covering-product', 'waiting-period', 'maximum-quantity', 'category-maximum', 'product-assignment', 'valuation']);
    expect(item.trace!.find((entry) => entry.check === 'valuation')!.facts).toEqual(expect.arrayContaining([{ name: 'paid', value: '12.00' }]));
    expect(item.adjudicationExplanation).toBe('Accepted: 2 × 10.00 = 20.00, 5.00 deductible, 80% co-insurance; 12.00 paid.');

    const events = await service.query<{ type: string; data: Record<string, unknown> }>(
      "select payload->>'type' as type, payload->'data' as data from outbox where payload->>'subject' = $1 order by id",
      [id],
    );
    expect(events.map((event) => event.type)).toEqual([
      'imis.claim.claim.entered.v1',
      'imis.claim.claim.submitted.v1',
      'imis.claim.claim.valuated.v1',
      'imis.claim.policy-usage.recorded.v1',
    ]);
    expect(events[3].data).toMatchObject({
      claimId: id,
      status: 'VALUATED',
      category: 'H',
      policies: [expect.objectContaining({ remunerated: '20.00', deductible: '5.00', items: [expect.objectContaining({ quantity: 2 })] })],
    });
    // Adjudication writes set-based: the version it replaced is in history as an entity-flushed change would put it.
    const history = (await service.data<{ claimHistory: { version: number; replacedBy: string }[] }>(HISTORY, { id })).claimHistory;
    expect(history.at(-1)).toEqual({
      version: history.length,
      status: 'ENTERED',
      queued: true,
      claimed: '51.00',
      dateFrom: claimEntry(world).dateFrom,
      changedBy: expect.any(String),
      replacedBy: 'adjudication',
      items: [{ quantityProvided: 2 }],
    });
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toMatch(/claim_adjudicated_total\{outcome="VALUATED"[^}]*\} [1-9]/);
    expect(metrics).toContain('claim_adjudication_batch_seconds_bucket');
    expect(metrics).toContain('claim_submit_to_adjudicated_seconds_count');
  });

  it('rejects a claim of an insuree without coverage, explaining why, and records usage with no policy', async () => {
    const entry = claimEntry(world, { dateFrom: '2025-03-01', dateTo: '2025-03-01', dateClaimed: '2025-03-02' });
    const id = (await service.data<{ enterAndSubmitClaim: { claim: { id: string } } }>(ENTER_SUBMIT, { input: { claim: entry } })).enterAndSubmitClaim.claim.id;
    const claim = await service.eventually(async () => {
      const current = await claimOf(id);
      return current.status === 'REJECTED' ? current : null;
    });
    expect(claim.items[0].adjudicationExplanation).toBe('Rejected (reason 7): the insuree had no coverage from 2025-03-01 to 2025-03-01.');
    const [usage] = await service.query<{ data: { policies: unknown[]; status: string } }>(
      "select payload->'data' as data from outbox where payload->>'subject' = $1 and payload->>'type' = 'imis.claim.policy-usage.recorded.v1'",
      [id],
    );
    expect(usage.data).toMatchObject({ status: 'REJECTED', policies: [] });
  });

  it('refuses to process a claim that is not Checked, with its index', async () => {
    const id = (await service.query<{ id: string }>("select id from claim where status = 'VALUATED' limit 1"))[0].id;
    const result = (await service.data<{ processClaims: { claims: unknown[]; refusals: { index: number; errors: { code: string; field: string }[] }[] } }>(PROCESS, { input: { ids: [id, '0190e0c0-0000-7000-8000-0000000000ff'] } })).processClaims;
    expect(result.claims).toEqual([]);
    expect(result.refusals).toEqual([
      { index: 0, errors: [{ code: 'CLAIM_NOT_CHECKED', field: 'ids.0' }] },
      { index: 1, errors: [{ code: 'CLAIM_NOT_FOUND', field: 'ids.1' }] },
    ]);
    const reader = await authority.headers({ id: '0190e0c0-0000-7000-8000-0000000000aa', username: 'reader', rights: [111001] });
    const refused = await service.graphql(PROCESS, { input: { ids: [id] } }, reader);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('claim adjudication jobs: a scheme that processes later (CLAIM_AUTO_PROCESS=false)', () => {
  const prefix = `imis-test-${randomBytes(4).toString('hex')}`;
  let service: ServiceTestApp;
  let world: ClaimWorld;
  let productId: string;
  const checked = (id: string) =>
    service.eventually(async () => {
      const current = (await service.data<{ claim: { status: string; items: Line[] } }>(CLAIM_QUERY, { id })).claim;
      return current.status === 'CHECKED' ? current : null;
    });

  beforeAll(async () => {
    ({ service } = await startClaim({ JOBS_QUEUE_PREFIX: prefix, CLAIM_AUTO_PROCESS: 'false', CLAIM_RULES: '{"remove":["frequency"]}' }));
    world = await seedClaimWorld(service);
    ({ productId } = await seedCoverage(service, world, { ceilingType: 'I', deductible: '5.00', coInsurance: 80 }));
  });

  afterAll(async () => {
    await obliterateAdjudicationQueue(service, prefix);
    await service?.close();
  });

  it('stops at Checked with the scheme’s rule set, then processClaims valuates from the stored lines', async () => {
    const id = (await service.data<{ enterAndSubmitClaim: { claim: { id: string } } }>(ENTER_SUBMIT, { input: { claim: claimEntry(world) } })).enterAndSubmitClaim.claim.id;
    const stored = await checked(id);
    expect(stored.items[0].trace!.map((entry) => entry.check)).not.toContain('frequency');
    expect(stored.items[0].adjudicationExplanation).toBe('Accepted; not valued yet.');
    expect(await service.query('select * from claim_usage_amount')).toEqual([]);

    const result = (await service.data<{ processClaims: { claims: { status: string; remunerated: string; items: Line[] }[]; refusals: unknown[] } }>(PROCESS, { input: { ids: [id] } })).processClaims;
    expect(result.refusals).toEqual([]);
    expect(result.claims[0]).toMatchObject({ status: 'VALUATED', remunerated: '20.00' });
    expect(result.claims[0].items[0].adjudicationExplanation).toBe('Accepted: 2 × 10.00 = 20.00, 5.00 deductible, 80% co-insurance; 12.00 paid.');
    const [amount] = await service.query<{ deducted_general: string }>("select deducted_general from claim_usage_amount where insuree_id <> '00000000-0000-0000-0000-000000000000'");
    expect(amount.deducted_general).toBe('5.00');
  });

  it('refuses the claims of a family whose valuation fails, with their index, and valuates the others', async () => {
    const [other] = await seedFamily(service, productId, 1);
    const enter = async (claim: Record<string, unknown>) => (await service.data<{ enterAndSubmitClaim: { claim: { id: string } } }>(ENTER_SUBMIT, { input: { claim } })).enterAndSubmitClaim.claim.id;
    const failing = await enter(claimEntry(world, { code: 'HUGE1', items: [{ code: 'I2', quantity: 2, priceAsked: '10.50' }] }));
    const passing = await enter(claimEntry(world, { code: 'FINE1', insureeId: other }));
    await checked(failing);
    await checked(passing);
    // The facility's price of I2 changed after checking to one whose value no amount of money holds (2 × 10^14 > 2^53 cents).
    await service.query(`update projected_price_list_detail set price = 99999999999999.99 where line_id = (select id from projected_medical_item where code = 'I2')`);

    const result = (await service.data<{ processClaims: { claims: { id: string; status: string }[]; refusals: unknown[] } }>(PROCESS, { input: { ids: [failing, passing] } })).processClaims;
    expect(result.claims.map((claim) => [claim.id, claim.status])).toEqual([[passing, 'VALUATED']]);
    expect(result.refusals).toEqual([{ index: 0, errors: [{ code: 'CLAIM_VALUATION_FAILED', field: 'ids.0' }] }]);
    expect((await service.data<{ claim: { status: string } }>(CLAIM_QUERY, { id: failing })).claim.status).toBe('CHECKED');
    expect(await service.query('select 1 from claim_ded_rem where claim_id = $1', [failing])).toEqual([]);
  });
});
