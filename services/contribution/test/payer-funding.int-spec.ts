import { Right } from '@imis/auth';
import { uuidv7 } from '@imis/persistence';
import { readListIds, reverseCreationOrder, type ServiceTestApp, type TestAuthority } from '@imis/testing';
import { outboxEvents, seedPlaces, seedProduct, type Places } from './support/contribution-fixtures';
import { startContribution } from './support/contribution-service';

const PAYER = 'payer { id type name address locationId phone fax email version }';
const CREATE = `mutation($input: CreatePayerInput!) { createPayer(input: $input) { ${PAYER} errors { code field } } }`;
const UPDATE = `mutation($input: UpdatePayerInput!) { updatePayer(input: $input) { ${PAYER} errors { code field } } }`;
const DELETE = `mutation($input: PayerRefInput!) { deletePayer(input: $input) { payer { id } errors { code field } } }`;
const PAYERS = `query($filter: PayerFilterInput) { payers(filter: $filter) { totalCount edges { node { id name } } } }`;
const HISTORY = `query($id: ID!) { payerHistory(id: $id) { version name validTo } }`;
const FUND = `mutation($input: FundProductInput!) {
  fundProduct(input: $input) { funding { id payerId productId locationId policyId premiumId amount receipt payDate version } errors { code field } }
}`;
const CONTRIBUTION = `query($id: ID!) { contribution(id: $id) { id policyId payType source amount } }`;

describe('payers and fundings', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: Places;
  const createPayer = async (input: Record<string, unknown>, headers?: Record<string, string>) => (await service.data(CREATE, { input: { type: 'GOVERNMENT', name: 'Ministry', ...input } }, headers)).createPayer;

  beforeAll(async () => {
    ({ service, authority } = await startContribution());
    places = await seedPlaces(service);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('creates, changes and deletes payers with history and events', async () => {
    const created = await createPayer({ name: ' Donor A ', type: 'DONOR', locationId: places.region1.id, email: 'a@example.org' });
    expect(created).toMatchObject({ payer: { name: 'Donor A', type: 'DONOR', locationId: places.region1.id, email: 'a@example.org', version: 1 }, errors: [] });
    const id = created.payer.id;
    const updated = (await service.data(UPDATE, { input: { id, version: 1, name: 'Donor B', locationId: places.district11.id, phone: '123' } })).updatePayer;
    expect(updated).toMatchObject({ payer: { name: 'Donor B', locationId: places.district11.id, phone: '123', email: 'a@example.org', version: 2 }, errors: [] });
    expect((await service.data(HISTORY, { id })).payerHistory).toEqual([expect.objectContaining({ version: 1, name: 'Donor A' })]);
    expect((await service.data(DELETE, { input: { id } })).deletePayer.errors).toEqual([]);
    expect((await service.data(PAYERS, { filter: { name: 'donor' } })).payers.totalCount).toBe(0);
    expect((await outboxEvents(service, [id])).map((event) => [event.type, event.data.version])).toEqual([
      ['imis.contribution.payer.created.v1', 1],
      ['imis.contribution.payer.updated.v1', 2],
      ['imis.contribution.payer.deleted.v1', 3],
    ]);
  });

  it('refuses bad payers and answers those outside the scope as unknown', async () => {
    const before = await service.count('payer');
    expect((await createPayer({ name: ' ' })).errors).toEqual([{ code: 'PAYER_NAME_INVALID', field: 'name' }]);
    expect((await createPayer({ email: 'nope' })).errors).toEqual([{ code: 'PAYER_EMAIL_INVALID', field: 'email' }]);
    expect((await createPayer({ locationId: places.village111.id })).errors).toEqual([{ code: 'PAYER_LOCATION_INVALID', field: 'locationId' }]);
    expect((await createPayer({ locationId: uuidv7() })).errors).toEqual([{ code: 'PAYER_LOCATION_INVALID', field: 'locationId' }]);
    const rights = [Right.PayerSearch, Right.PayerAdd, Right.PayerEdit, Right.PayerDelete];
    const districtUser = await authority.headers({ rights, districtIds: [places.district11.id] });
    expect((await createPayer({}, districtUser)).errors).toEqual([{ code: 'PAYER_LOCATION_INVALID', field: 'locationId' }]);
    expect(await service.count('payer')).toBe(before);
    const own = (await createPayer({ name: 'Own district', locationId: places.district11.id }, districtUser)).payer;
    const elsewhere = (await createPayer({ name: 'Elsewhere', locationId: places.district21.id })).payer;
    const national = (await createPayer({ name: 'National' })).payer;
    const seen = (await service.data(PAYERS, {}, districtUser)).payers.edges.map((edge: { node: { id: string } }) => edge.node.id);
    expect(seen).toEqual(expect.arrayContaining([own.id, national.id]));
    expect(seen).not.toContain(elsewhere.id);
    expect((await service.data(UPDATE, { input: { id: elsewhere.id, name: 'x' } }, districtUser)).updatePayer.errors).toEqual([{ code: 'PAYER_NOT_FOUND', field: 'id' }]);
    expect((await service.data(DELETE, { input: { id: national.id } }, districtUser)).deletePayer.errors).toEqual([{ code: 'PAYER_NOT_FOUND', field: 'id' }]);
  });

  it('funds a product: a funding policy id and a premium of type F, with both events in one transaction', async () => {
    const product = await seedProduct(service, { locationId: places.region1.id });
    const payer = (await createPayer({ name: 'District fund', locationId: places.district11.id })).payer;
    const input = { payerId: payer.id, productId: product.id, locationId: places.district11.id, amount: '5000', receipt: 'FUND-1', payDate: '2025-03-01' };
    const { funding, errors } = (await service.data(FUND, { input })).fundProduct;
    expect(errors).toEqual([]);
    expect(funding).toMatchObject({ payerId: payer.id, productId: product.id, locationId: places.district11.id, amount: '5000.00', receipt: 'FUND-1', payDate: '2025-03-01', version: 1 });
    const events = await outboxEvents(service, [funding.id, funding.premiumId]);
    expect(events.map((event) => event.type)).toEqual(['imis.contribution.funding.recorded.v1', 'imis.contribution.premium.added.v1']);
    expect(events[1].data).toMatchObject({
      id: funding.premiumId,
      policyId: funding.policyId,
      payerId: payer.id,
      payType: 'F',
      source: 'funding',
      policyContributions: { policyId: funding.policyId, paidTotal: '5000.00', lastPayDate: '2025-03-01', revision: 1 },
    });
    expect((await service.data(CONTRIBUTION, { id: funding.premiumId })).contribution).toMatchObject({ policyId: funding.policyId, payType: 'FUNDING', source: 'funding' });
    expect((await service.data(FUND, { input })).fundProduct.errors).toEqual([{ code: 'RECEIPT_TAKEN', field: 'receipt' }]);
  });

  it('refuses a payer whose location does not fit the product’s, and a location outside the product', async () => {
    const product = await seedProduct(service, { locationId: places.district11.id });
    const far = (await createPayer({ name: 'Far', locationId: places.region2.id })).payer;
    const near = (await createPayer({ name: 'Near', locationId: places.region1.id })).payer;
    const base = { productId: product.id, amount: '10', payDate: '2025-03-01' };
    const before = await service.counts(['funding', 'premium', 'outbox']);
    expect((await service.data(FUND, { input: { ...base, payerId: far.id, receipt: 'F-2' } })).fundProduct.errors).toEqual([
      { code: 'FUNDING_PAYER_LOCATION_MISMATCH', field: 'payerId' },
    ]);
    expect((await service.data(FUND, { input: { ...base, payerId: near.id, receipt: 'F-3', locationId: places.district12.id } })).fundProduct.errors).toEqual([
      { code: 'FUNDING_LOCATION_INVALID', field: 'locationId' },
    ]);
    expect((await service.data(FUND, { input: { ...base, payerId: near.id, receipt: 'F-4', productId: uuidv7() } })).fundProduct.errors).toEqual([
      { code: 'PRODUCT_NOT_FOUND', field: 'productId' },
    ]);
    expect((await service.data(FUND, { input: { ...base, payerId: near.id, receipt: 'F-5', payDate: '2999-01-01' } })).fundProduct.errors).toEqual([
      { code: 'PAY_DATE_IN_FUTURE', field: 'payDate' },
    ]);
    expect(await service.counts(['funding', 'premium', 'outbox'])).toEqual(before);
    expect((await service.data(FUND, { input: { ...base, payerId: near.id, receipt: 'F-6' } })).fundProduct.errors).toEqual([]);
  });

  it('pages payers in creation order, whatever the order of their ids', async () => {
    const expected = await reverseCreationOrder(service, 'payer');
    expect(expected.length).toBeGreaterThan(2);
    const { ids, pages } = await readListIds(service, 'payers', 1);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 1));
  });

});
