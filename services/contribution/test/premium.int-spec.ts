import type { PolicyState, ProductState } from '@imis/contracts';
import { Right } from '@imis/auth';
import { today } from '@imis/kernel';
import { uuidv7 } from '@imis/persistence';
import { readListIds, reverseCreationOrder, type ServiceTestApp, type TestAuthority } from '@imis/testing';
import { outboxEvents, policyPremiumEvents, seedPlaces, seedPolicies, seedProduct, type Places } from './support/contribution-fixtures';
import { startContribution } from './support/contribution-service';

const FIELDS = 'id policyId productId payerId amount receipt payDate payType isPhotoFee isOffline source version';
const ADD = `mutation($input: AddContributionInput!) {
  addContribution(input: $input) { contribution { ${FIELDS} } paidTotal balance warnings { code } errors { code field } clientMutationId }
}`;
const UPDATE = `mutation($input: UpdateContributionInput!) {
  updateContribution(input: $input) { contribution { ${FIELDS} } paidTotal balance warnings { code } errors { code field } }
}`;
const DELETE = `mutation($input: ContributionRefInput!) {
  deleteContribution(input: $input) { contribution { id } paidTotal balance errors { code field } }
}`;
const LIST = `query($filter: ContributionFilterInput, $first: Int) { contributions(filter: $filter, first: $first) { totalCount edges { node { id receipt amount } } } }`;
const ONE = `query($id: ID!) { contribution(id: $id) { id receipt } }`;
const HISTORY = `query($id: ID!) { contributionHistory(id: $id) { version amount receipt validTo replacedBy } }`;
/** Policy.balance and Policy.contributions as the gateway asks them of this subgraph (federation `_entities`). */
const STANDINGS = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Policy { id balance contributions { id amount } } } }`;
const policies = (ids: string[]) => ({ representations: ids.map((id) => ({ __typename: 'Policy', id })) });

describe('contributions (premiums)', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: Places;
  let product: ProductState;
  let receipts = 0;
  const receipt = () => `R-${Date.now() % 100000}-${++receipts}`;
  const add = async (policy: PolicyState, change: Record<string, unknown> = {}, headers?: Record<string, string>) =>
    (await service.data(ADD, { input: { policyId: policy.id, amount: '400', receipt: receipt(), payDate: '2025-02-01', payType: 'CASH', ...change } }, headers)).addContribution;

  beforeAll(async () => {
    ({ service, authority } = await startContribution());
    places = await seedPlaces(service);
    product = await seedProduct(service, { maxInstallments: 2, gracePeriodPayment: 1 });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('adds premiums with the balance, the §4 warnings and events carrying the paid total and strictly increasing revisions', async () => {
    const [policy] = await seedPolicies(service, product, places.village111.id);
    const firstInput = { amount: '400', payDate: '2025-02-01', receipt: receipt(), clientMutationId: 'c-1' };
    const first = await add(policy, firstInput);
    expect(first).toMatchObject({
      contribution: { policyId: policy.id, productId: product.id, amount: '400.00', payType: 'CASH', isPhotoFee: false, source: null, version: 1 },
      paidTotal: '400.00',
      balance: '600.00',
      warnings: [{ code: 'UNDERPAID' }],
      errors: [],
      clientMutationId: 'c-1',
    });
    const photo = await add(policy, { amount: '5', isPhotoFee: true });
    expect(photo).toMatchObject({ paidTotal: '400.00', balance: '600.00', warnings: [], errors: [] });
    const late = await add(policy, { amount: '100', payDate: '2025-03-01' });
    expect(late.warnings.map((warning: { code: string }) => warning.code)).toEqual(['UNDERPAID', 'INSTALLMENTS_REACHED', 'PAST_LAST_PAYMENT_DATE']);
    const over = await add(policy, { amount: '900', payDate: '2025-02-05' });
    expect(over).toMatchObject({ paidTotal: '1400.00', balance: '-400.00', warnings: [{ code: 'OVERPAID' }] });

    const events = await policyPremiumEvents(service, policy.id);
    expect(events.map((event) => [event.type, event.data.policyContributions])).toEqual([
      ['imis.contribution.premium.added.v1', { policyId: policy.id, paidTotal: '400.00', lastPayDate: '2025-02-01', revision: 1 }],
      ['imis.contribution.premium.added.v1', { policyId: policy.id, paidTotal: '400.00', lastPayDate: '2025-02-01', revision: 2 }],
      ['imis.contribution.premium.added.v1', { policyId: policy.id, paidTotal: '500.00', lastPayDate: '2025-03-01', revision: 3 }],
      ['imis.contribution.premium.added.v1', { policyId: policy.id, paidTotal: '1400.00', lastPayDate: '2025-03-01', revision: 4 }],
    ]);
    expect(events[1].data).toMatchObject({ id: photo.contribution.id, isPhotoFee: true, amount: '5.00', payType: 'C', version: 1 });
    const retry = await add(policy, firstInput);
    expect(retry).toEqual(first);
    // The same key with another input (here a new receipt number) is not a retry.
    const reused = await add(policy, { ...firstInput, receipt: receipt() });
    expect(reused).toMatchObject({ contribution: null, errors: [{ code: 'CLIENT_MUTATION_ID_REUSED', field: 'clientMutationId' }] });
  });

  it('reports SUSPEND and ENFORCE as the policy service’s, recording the premium', async () => {
    const [policy] = await seedPolicies(service, product, places.village111.id);
    expect((await add(policy, { action: 'SUSPEND' })).warnings.map((warning: { code: string }) => warning.code)).toEqual(['UNDERPAID', 'ACTION_IN_POLICY_SERVICE']);
    expect((await add(policy, { amount: '100', action: 'ENFORCE' })).warnings.map((warning: { code: string }) => warning.code)).toEqual(['INSTALLMENTS_REACHED', 'ACTION_IN_POLICY_SERVICE']);
    expect(await service.query('select id from premium where policy_id = $1', [policy.id])).toHaveLength(2);
  });

  it('refuses with specific codes and writes nothing', async () => {
    const [policy, sibling] = await seedPolicies(service, product, places.village111.id, 2);
    const other = await seedProduct(service);
    const [otherPolicy] = await seedPolicies(service, other, places.village111.id);
    const taken = (await add(policy)).contribution.receipt;
    const before = await service.counts(['premium', 'outbox']);
    const refusal = async (change: Record<string, unknown>, target: PolicyState = policy) => (await add(target, change)).errors;
    expect(await refusal({ receipt: taken }, sibling)).toEqual([{ code: 'RECEIPT_TAKEN', field: 'receipt' }]);
    expect(await refusal({ policyId: uuidv7() })).toEqual([{ code: 'POLICY_NOT_FOUND', field: 'policyId' }]);
    expect(await refusal({ amount: '0' })).toEqual([{ code: 'CONTRIBUTION_AMOUNT_INVALID', field: 'amount' }]);
    expect(await refusal({ amount: '-3' })).toEqual([{ code: 'CONTRIBUTION_AMOUNT_INVALID', field: 'amount' }]);
    expect(await refusal({ payDate: '2999-01-01' })).toEqual([{ code: 'PAY_DATE_IN_FUTURE', field: 'payDate' }]);
    expect(await refusal({ payDate: '2025-01-09' })).toEqual([{ code: 'PAY_DATE_BEFORE_ENROLMENT', field: 'payDate' }]);
    expect(await refusal({ payType: 'FUNDING' })).toEqual([{ code: 'PAY_TYPE_RESERVED', field: 'payType' }]);
    expect(await refusal({ receipt: '   ' })).toEqual([{ code: 'RECEIPT_INVALID', field: 'receipt' }]);
    expect(await refusal({ payerId: uuidv7() })).toEqual([{ code: 'PAYER_NOT_FOUND', field: 'payerId' }]);
    expect(await service.counts(['premium', 'outbox'])).toEqual(before);
    expect((await add(otherPolicy, { receipt: taken })).errors).toEqual([]);
    expect((await add(policy, { receipt: taken.toLowerCase() })).errors).toEqual([]);
  });

  it('answers hostile input with GraphQL input errors, never an internal error', async () => {
    const [policy] = await seedPolicies(service, product, places.village111.id);
    const inputs = [
      { receipt: 'bad\u0000receipt' },
      { amount: '12.345' },
      { amount: 12 },
      { payDate: '2025-02-30' },
      { policyId: 'not-a-uuid' },
      { receipt: 'x'.repeat(20_000) },
      { payType: 'CHEQUE' },
    ];
    for (const change of inputs) {
      const response = await service.graphql(ADD, { input: { policyId: policy.id, amount: '1', receipt: receipt(), payDate: '2025-02-01', payType: 'CASH', ...change } });
      expect(response.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    }
    expect(await service.query('select id from premium where policy_id = $1', [policy.id])).toHaveLength(0);
  });

  it('changes a premium with every rule checked again, keeps its history, and reverses it', async () => {
    const [policy, sibling] = await seedPolicies(service, product, places.village111.id, 2);
    const kept = await add(policy, { amount: '300' });
    const taken = (await add(sibling)).contribution.receipt;
    const id = kept.contribution.id;
    expect((await service.data(UPDATE, { input: { id, receipt: taken } })).updateContribution.errors).toEqual([{ code: 'RECEIPT_TAKEN', field: 'receipt' }]);
    expect((await service.data(UPDATE, { input: { id, payDate: '2999-01-01' } })).updateContribution.errors).toEqual([{ code: 'PAY_DATE_IN_FUTURE', field: 'payDate' }]);
    expect((await service.data(UPDATE, { input: { id, version: 7, amount: '1' } })).updateContribution.errors).toEqual([expect.objectContaining({ code: 'VERSION_CONFLICT' })]);
    const updated = (await service.data(UPDATE, { input: { id, version: 1, amount: '1000', receipt: 'R-EDITED' } })).updateContribution;
    expect(updated).toMatchObject({ contribution: { amount: '1000.00', receipt: 'R-EDITED', version: 2 }, paidTotal: '1000.00', balance: '0.00', warnings: [], errors: [] });
    const history = (await service.data(HISTORY, { id })).contributionHistory;
    expect(history).toEqual([expect.objectContaining({ version: 1, amount: '300.00', receipt: kept.contribution.receipt, replacedBy: expect.any(String) })]);

    const reversed = (await service.data(DELETE, { input: { id } })).deleteContribution;
    expect(reversed).toMatchObject({ contribution: { id }, paidTotal: '0.00', balance: '1000.00', errors: [] });
    expect((await service.data(ONE, { id })).contribution).toBeNull();
    expect((await service.data(DELETE, { input: { id } })).deleteContribution.errors).toEqual([{ code: 'CONTRIBUTION_NOT_FOUND', field: 'id' }]);
    const events = await outboxEvents(service, [id]);
    expect(events.map((event) => [event.type, event.data.policyContributions?.paidTotal, event.data.policyContributions?.revision])).toEqual([
      ['imis.contribution.premium.added.v1', '300.00', 1],
      ['imis.contribution.premium.updated.v1', '1000.00', 2],
      ['imis.contribution.premium.deleted.v1', '0.00', 3],
    ]);
    expect(events[2].data).toMatchObject({ id, policyId: policy.id, version: 3 });
    expect((await add(sibling, { receipt: 'R-EDITED' })).errors).toEqual([]);
  });

  it('lets one of 20 concurrent adds of one receipt to policies of one product succeed', async () => {
    const policies = await seedPolicies(service, product, places.village111.id, 20);
    const shared = receipt();
    const answers = await Promise.all(policies.map((policy) => add(policy, { receipt: shared })));
    expect(answers.filter((answer) => answer.errors.length === 0)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors.length > 0).map((answer) => answer.errors)).toEqual(Array(19).fill([{ code: 'RECEIPT_TAKEN', field: 'receipt' }]));
    expect(await service.query('select id from premium where receipt = $1', [shared])).toHaveLength(1);
  });

  it('keeps the total exact and revisions distinct under 20 concurrent adds to one policy', async () => {
    const [policy] = await seedPolicies(service, product, places.village111.id, 1, { value: '10000.00' });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => add(policy, { amount: `${n + 1}.25` })));
    expect(answers.every((answer) => answer.errors.length === 0)).toBe(true);
    const expected = Array.from({ length: 20 }, (_, n) => (n + 1) * 100 + 25).reduce((sum, cents) => sum + cents, 0);
    const [row] = await service.query<{ paid_total: string; revision: number }>('select paid_total, revision from policy_contributions where policy_id = $1', [policy.id]);
    expect(row).toEqual({ paid_total: (expected / 100).toFixed(2), revision: 20 });
    const events = await policyPremiumEvents(service, policy.id);
    const revisions = events.map((event) => event.data.policyContributions!.revision);
    expect([...revisions].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
    const byRevision = events.sort((a, b) => a.data.policyContributions!.revision - b.data.policyContributions!.revision);
    expect(byRevision[19].data.policyContributions!.paidTotal).toBe((expected / 100).toFixed(2));
  });

  it('answers policies and premiums outside the caller’s scope as unknown, and lists only those in it', async () => {
    const [inside] = await seedPolicies(service, product, places.village111.id);
    const [outside] = await seedPolicies(service, product, places.village121.id);
    const outsideReceipt = (await add(outside, { receipt: `OUT-${receipts}` })).contribution;
    const rights = [Right.ContributionSearch, Right.ContributionAdd, Right.ContributionEdit, Right.ContributionDelete];
    const officer = await authority.headers({ rights, districtIds: [places.district11.id] });
    expect((await add(outside, {}, officer)).errors).toEqual([{ code: 'POLICY_NOT_FOUND', field: 'policyId' }]);
    expect((await add(inside, {}, officer)).errors).toEqual([]);
    expect((await service.data(UPDATE, { input: { id: outsideReceipt.id, amount: '1' } }, officer)).updateContribution.errors).toEqual([
      { code: 'CONTRIBUTION_NOT_FOUND', field: 'id' },
    ]);
    expect((await service.data(DELETE, { input: { id: outsideReceipt.id } }, officer)).deleteContribution.errors).toEqual([{ code: 'CONTRIBUTION_NOT_FOUND', field: 'id' }]);
    expect((await service.data(ONE, { id: outsideReceipt.id }, officer)).contribution).toBeNull();
    expect((await service.data(HISTORY, { id: outsideReceipt.id }, officer)).contributionHistory).toEqual([]);
    expect((await service.data(LIST, { filter: { policyId: outside.id } }, officer)).contributions.totalCount).toBe(0);
    expect((await service.data(LIST, { filter: { policyId: inside.id } }, officer)).contributions.totalCount).toBe(1);
    expect((await service.data(LIST, { filter: { receipt: outsideReceipt.receipt } })).contributions.totalCount).toBe(1);
    const noRight = await authority.headers({ rights: [Right.ContributionSearch], districtIds: [places.district11.id] });
    expect((await service.graphql(ADD, { input: { policyId: inside.id, amount: '1', receipt: receipt(), payDate: today(), payType: 'CASH' } }, noRight)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters by pay dates and answers Policy.balance and Policy.contributions through federation, in scope', async () => {
    const [policy] = await seedPolicies(service, product, places.village111.id);
    await add(policy, { amount: '100', payDate: '2025-02-01' });
    await add(policy, { amount: '200', payDate: '2025-03-01' });
    const listed = (await service.data(LIST, { filter: { policyId: policy.id, payDateFrom: '2025-02-15', payDateTo: '2025-03-31' } })).contributions;
    expect(listed.edges.map((edge: { node: { amount: string } }) => edge.node.amount)).toEqual(['200.00']);
    const unknown = uuidv7();
    const [outside] = await seedPolicies(service, product, places.village121.id);
    const { _entities } = await service.data(STANDINGS, policies([policy.id, unknown]));
    expect(_entities[0]).toMatchObject({ id: policy.id, balance: '700.00' });
    expect(_entities[0].contributions.map((row: { amount: string }) => row.amount)).toEqual(['100.00', '200.00']);
    expect(_entities[1]).toEqual({ id: unknown, balance: null, contributions: [] });
    // Outside the caller's districts: no balance, no contributions (the policy subgraph answers null for the policy itself).
    const officer = await authority.headers({ rights: [Right.ContributionSearch], districtIds: [places.district11.id] });
    const scoped = (await service.data(STANDINGS, policies([policy.id, outside.id]), officer))._entities;
    expect(scoped.map((row: { balance: string | null; contributions: unknown[] }) => [row.balance, row.contributions.length])).toEqual([
      ['700.00', 2],
      [null, 0],
    ]);
  });

  it('pages contributions in creation order, whatever the order of their ids', async () => {
    const expected = await reverseCreationOrder(service, 'premium');
    expect(expected.length).toBeGreaterThan(2);
    const { ids, pages } = await readListIds(service, 'contributions', 10);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 10));
  });

});
