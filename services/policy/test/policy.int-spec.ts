import { Right } from '@imis/auth';
import { readListIds, reverseCreationOrder, type ServiceTestApp, type TestAuthority } from '@imis/testing';
import { seedFamily, seedPolicyPlaces, workedExampleProduct, type PolicyPlaces } from './support/policy-fixtures';
import { startPolicy } from './support/policy-service';

const POLICY_FIELDS = `id familyId productId officerId stage status value enrolDate startDate effectiveDate expiryDate previousPolicyId paidTotal version`;
const PAYLOAD = `policy { ${POLICY_FIELDS} } errors { code field } clientMutationId`;
const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code field } } }`;
const DELETE_PRODUCT = `mutation($input: DeleteProductInput!) { deleteProduct(input: $input) { errors { code field } } }`;
const VALUE = `query($input: PolicyValueInput!) {
  policyValue(input: $input) { value startDate effectiveDateIfPaid expiryDate lastDateForPayment rule
    breakdown { contribution generalAssembly registration discount } warnings { code memberIds } errors { code field } }
}`;
const CREATE = `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { ${PAYLOAD} } }`;
const RENEW = `mutation($input: RenewPolicyInput!) { renewPolicy(input: $input) { ${PAYLOAD} } }`;
const UPDATE = `mutation($input: UpdatePolicyInput!) { updatePolicy(input: $input) { ${PAYLOAD} } }`;
const SUSPEND = `mutation($input: PolicyRefInput!) { suspendPolicy(input: $input) { ${PAYLOAD} } }`;
const DELETE = `mutation($input: PolicyRefInput!) { deletePolicy(input: $input) { ${PAYLOAD} } }`;
const POLICY = `query($id: ID!) { policy(id: $id) { ${POLICY_FIELDS} insureePolicies { insureeId enrolmentDate startDate effectiveDate expiryDate } product { id code } family { id } } }`;
const POLICIES = `query($filter: PolicyFilterInput) { policies(filter: $filter) { totalCount edges { node { id } } } }`;
const HISTORY = `query($id: ID!) { policyHistory(id: $id) { version status enrolDate } }`;
const FAMILY_POLICIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Family { id policies { id stage } } } }`;
const WRITTEN = ['policy', 'insuree_policy', 'history', 'outbox'];

interface OutboxEvent {
  type: string;
  subject: string;
  data: Record<string, unknown>;
}

const today = () => new Date().toISOString().slice(0, 10);

describe('policies', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: PolicyPlaces;
  let productId: string;
  /** The types of the events recorded about a policy and its coverage rows. */
  const eventTypes = async (policyId: string): Promise<string[]> =>
    (await service.query<{ payload: OutboxEvent }>("select payload from outbox where payload->>'subject' = $1 or payload->'data'->>'policyId' = $1 order by id", [policyId])).map(
      (row) => row.payload.type,
    );

  const createProduct = async (code: string, change: Record<string, unknown> = {}): Promise<string> => {
    const result = (await service.data(CREATE_PRODUCT, { input: workedExampleProduct(code, change) })).createProduct;
    expect(result.errors).toEqual([]);
    return result.product.id;
  };
  const create = async (input: Record<string, unknown>, headers?: Record<string, string>) => (await service.data(CREATE, { input }, headers)).createPolicy;

  beforeAll(async () => {
    ({ service, authority } = await startPolicy());
    places = await seedPolicyPlaces(service);
    productId = await createProduct('WORKED');
  });

  afterAll(async () => {
    await service?.close();
  });

  it("prices §2's worked example family at 16,650 through policyValue, writing nothing", async () => {
    const family = await seedFamily(service, places.village111.id);
    const before = await service.counts(WRITTEN);
    const quote = (await service.data(VALUE, { input: { familyId: family.id, productId, enrolDate: '2024-04-15' } })).policyValue;
    expect(quote).toEqual({
      value: '16650.00',
      startDate: '2024-07-01',
      effectiveDateIfPaid: today() > '2024-07-01' ? today() : '2024-07-01',
      expiryDate: '2025-06-30',
      lastDateForPayment: '2024-07-31',
      rule: 'legacy-formula',
      breakdown: { contribution: '14500.00', generalAssembly: '1000.00', registration: '3000.00', discount: '1850.00' },
      warnings: [],
      errors: [],
    });
    expect(await service.counts(WRITTEN)).toEqual(before);
  });

  it('creates an Idle policy with a coverage row per member (not yet effective) and its events in one transaction', async () => {
    const family = await seedFamily(service, places.village111.id);
    const result = await create({ familyId: family.id, productId, enrolDate: '2024-04-15', value: '16650', clientMutationId: 'create-worked' });
    expect(result.errors).toEqual([]);
    expect(result.policy).toMatchObject({
      familyId: family.id,
      productId,
      stage: 'N',
      status: 'IDLE',
      value: '16650.00',
      enrolDate: '2024-04-15',
      startDate: '2024-07-01',
      effectiveDate: null,
      expiryDate: '2025-06-30',
      previousPolicyId: null,
      paidTotal: '0.00',
      version: 1,
    });
    const read = (await service.data(POLICY, { id: result.policy.id })).policy;
    expect(read.product).toEqual({ id: productId, code: 'WORKED' });
    expect(read.family).toEqual({ id: family.id });
    expect(read.insureePolicies.map((row: { insureeId: string }) => row.insureeId).sort()).toEqual([...family.memberIds].sort());
    expect(read.insureePolicies[0]).toMatchObject({ enrolmentDate: '2024-04-15', startDate: '2024-07-01', effectiveDate: null, expiryDate: '2025-06-30' });
    const types = await eventTypes(result.policy.id);
    expect(types.filter((type) => type === 'imis.policy.policy.created.v1')).toHaveLength(1);
    expect(types.filter((type) => type === 'imis.policy.insuree-policy.added.v1')).toHaveLength(6);

    const retry = await create({ familyId: family.id, productId, enrolDate: '2024-04-15', value: '16650', clientMutationId: 'create-worked' });
    expect(retry.policy.id).toBe(result.policy.id);
    const listed = (await service.data(POLICIES, { filter: { insureeId: family.memberIds[2] } })).policies;
    expect(listed.edges).toEqual([{ node: { id: result.policy.id } }]);
    const entities = (await service.data(FAMILY_POLICIES, { representations: [{ __typename: 'Family', id: family.id }] }))._entities;
    expect(entities).toEqual([{ id: family.id, policies: [{ id: result.policy.id, stage: 'N' }] }]);
  });

  it('renews the latest policy from the day after its expiry (value without registration), and only the latest', async () => {
    const family = await seedFamily(service, places.village111.id);
    const first = (await create({ familyId: family.id, productId, enrolDate: '2024-04-15' })).policy;
    const renewal = (await service.data(RENEW, { input: { policyId: first.id, enrolDate: '2025-06-20' } })).renewPolicy;
    expect(renewal.errors).toEqual([]);
    expect(renewal.policy).toMatchObject({ stage: 'R', status: 'IDLE', value: '15500.00', startDate: '2025-07-01', expiryDate: '2026-06-30', previousPolicyId: first.id });
    const types = await eventTypes(renewal.policy.id);
    expect(types.filter((type) => type === 'imis.policy.policy.renewed.v1')).toHaveLength(1);
    expect(types.filter((type) => type === 'imis.policy.insuree-policy.added.v1')).toHaveLength(6);

    const before = await service.counts(WRITTEN);
    const again = (await service.data(RENEW, { input: { policyId: first.id, enrolDate: '2025-06-21' } })).renewPolicy;
    expect(again.errors).toEqual([{ code: 'POLICY_NOT_LATEST', field: 'policyId' }]);
    expect(await service.counts(WRITTEN)).toEqual(before);
  });

  it('changes a policy only while Idle, suspends it, keeps its history', async () => {
    const family = await seedFamily(service, places.village111.id);
    const policy = (await create({ familyId: family.id, productId, enrolDate: '2024-04-15' })).policy;
    const updated = (await service.data(UPDATE, { input: { id: policy.id, version: 1, enrolDate: '2024-06-10', officerId: family.memberIds[0] } })).updatePolicy;
    expect(updated.errors).toEqual([]);
    // Enrolled 2024-06-10: the 01-07 cycle still (grace of a month), no discount any more (enrolled after start − 2 months).
    expect(updated.policy).toMatchObject({ enrolDate: '2024-06-10', startDate: '2024-07-01', value: '18500.00', officerId: family.memberIds[0], version: 2 });
    const rows = (await service.data(POLICY, { id: policy.id })).policy.insureePolicies;
    expect(rows.every((row: { enrolmentDate: string }) => row.enrolmentDate === '2024-06-10')).toBe(true);
    const stale = (await service.data(UPDATE, { input: { id: policy.id, version: 1, enrolDate: '2024-06-11' } })).updatePolicy;
    expect(stale.errors).toEqual([{ code: 'VERSION_CONFLICT', field: 'version' }]);

    const suspended = (await service.data(SUSPEND, { input: { id: policy.id } })).suspendPolicy;
    expect(suspended.policy).toMatchObject({ status: 'SUSPENDED', version: 3 });
    const before = await service.counts(WRITTEN);
    expect((await service.data(UPDATE, { input: { id: policy.id, enrolDate: '2024-06-12' } })).updatePolicy.errors).toEqual([{ code: 'POLICY_NOT_IDLE', field: 'id' }]);
    expect((await service.data(SUSPEND, { input: { id: policy.id } })).suspendPolicy.errors).toEqual([{ code: 'POLICY_NOT_SUSPENDABLE', field: 'id' }]);
    expect(await service.counts(WRITTEN)).toEqual(before);
    const history = (await service.data(HISTORY, { id: policy.id })).policyHistory;
    expect(history).toEqual([
      { version: 1, status: 'IDLE', enrolDate: '2024-04-15' },
      { version: 2, status: 'IDLE', enrolDate: '2024-06-10' },
    ]);
  });

  it('deletes a policy with its coverage rows; a product of current policies cannot be deleted, then can', async () => {
    const ownProduct = await createProduct('DELP');
    const family = await seedFamily(service, places.village111.id);
    const policy = (await create({ familyId: family.id, productId: ownProduct, enrolDate: '2024-04-15' })).policy;
    expect((await service.data(DELETE_PRODUCT, { input: { id: ownProduct } })).deleteProduct.errors).toEqual([{ code: 'PRODUCT_IN_USE', field: 'id' }]);

    const deleted = (await service.data(DELETE, { input: { id: policy.id, version: 1 } })).deletePolicy;
    expect(deleted.errors).toEqual([]);
    expect((await service.data(POLICY, { id: policy.id })).policy).toBeNull();
    const [rows] = await service.query<{ current: string }>('select count(*) as current from insuree_policy where policy_id = $1 and deleted_at is null', [policy.id]);
    expect(Number(rows.current)).toBe(0);
    const types = await eventTypes(policy.id);
    expect(types.filter((type) => type === 'imis.policy.insuree-policy.removed.v1')).toHaveLength(6);
    expect(types).toContain('imis.policy.policy.deleted.v1');
    expect((await service.data(DELETE, { input: { id: policy.id } })).deletePolicy.errors).toEqual([{ code: 'POLICY_NOT_FOUND', field: 'id' }]);
    expect((await service.data(DELETE_PRODUCT, { input: { id: ownProduct } })).deleteProduct.errors).toEqual([]);
  });

  it('pages policies in creation order, whatever the order of their ids', async () => {
    const expected = await reverseCreationOrder(service, 'policy');
    expect(expected.length).toBeGreaterThan(2);
    const { ids, pages } = await readListIds(service, 'policies', 2);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 2));
  });

  describe('bad input: refused with its code, nothing written', () => {
    let family: { id: string; memberIds: string[] };
    beforeAll(async () => {
      family = await seedFamily(service, places.village111.id);
    });

    const cases: [string, () => Promise<Record<string, unknown>>, { code: string; field: string }][] = [
      ['an unknown family', async () => ({ familyId: '0190e0c0-0000-7000-8000-000000000009', productId, enrolDate: '2024-04-15' }), { code: 'FAMILY_NOT_FOUND', field: 'familyId' }],
      ['an enrolment date in the future', async () => ({ familyId: family.id, productId, enrolDate: '2999-01-01' }), { code: 'ENROL_DATE_IN_FUTURE', field: 'enrolDate' }],
      ['an unknown product', async () => ({ familyId: family.id, productId: '0190e0c0-0000-7000-8000-000000000008', enrolDate: '2024-04-15' }), { code: 'PRODUCT_NOT_FOUND', field: 'productId' }],
      ['a product sold in another region', async () => ({ familyId: family.id, productId: await createProduct('REG2', { locationId: places.region2.id }), enrolDate: '2024-04-15' }), { code: 'PRODUCT_NOT_AVAILABLE', field: 'productId' }],
      ['a date outside the sale window', async () => ({ familyId: family.id, productId: await createProduct('LATE', { dateFrom: '2024-05-01' }), enrolDate: '2024-04-15' }), { code: 'PRODUCT_NOT_AVAILABLE', field: 'productId' }],
      ['a family above the member cap', async () => ({ familyId: family.id, productId: await createProduct('CAP2', { memberCount: 2, threshold: 2 }), enrolDate: '2024-04-15' }), { code: 'FAMILY_ABOVE_MEMBER_CAP', field: 'familyId' }],
      ['a value other than the computed one', async () => ({ familyId: family.id, productId, enrolDate: '2024-04-15', value: '16000' }), { code: 'POLICY_VALUE_MISMATCH', field: 'value' }],
    ];

    it.each(cases)('%s', async (_name, input, error) => {
      const sent = await input();
      const before = await service.counts(WRITTEN);
      const result = await create(sent);
      expect(result).toEqual({ policy: null, errors: [error], clientMutationId: null });
      expect(await service.counts(WRITTEN)).toEqual(before);
    });

    it('policyValue answers the same codes, and only warns of the member cap', async () => {
      const cap = await createProduct('CAP3', { memberCount: 3, threshold: 3 });
      const warned = (await service.data(VALUE, { input: { familyId: family.id, productId: cap, enrolDate: '2024-04-15' } })).policyValue;
      expect(warned.errors).toEqual([]);
      expect(warned.warnings).toEqual([{ code: 'MEMBER_CAP_EXCEEDED', memberIds: expect.arrayContaining([family.memberIds[5]]) }]);
      expect(warned.warnings[0].memberIds).toHaveLength(3);
      const refused = (await service.data(VALUE, { input: { familyId: family.id, productId, enrolDate: '2999-01-01' } })).policyValue;
      expect(refused).toMatchObject({ value: null, errors: [{ code: 'ENROL_DATE_IN_FUTURE', field: 'enrolDate' }] });
    });
  });

  describe('scope and rights', () => {
    const all = [Right.PolicySearch, Right.PolicyAdd, Right.PolicyEdit, Right.PolicyDelete, Right.PolicyRenew, Right.ProductSearch];

    it("treats a family outside the user's data scope, and its policies, as unknown", async () => {
      const family = await seedFamily(service, places.village111.id);
      const policy = (await create({ familyId: family.id, productId, enrolDate: '2024-04-15' })).policy;
      const outsider = await authority.headers({ rights: all, districtIds: [places.district12.id] });
      const insider = await authority.headers({ rights: all, districtIds: [places.district11.id] });

      expect((await create({ familyId: family.id, productId, enrolDate: '2024-04-15' }, outsider)).errors).toEqual([{ code: 'FAMILY_NOT_FOUND', field: 'familyId' }]);
      expect((await service.data(VALUE, { input: { familyId: family.id, productId, enrolDate: '2024-04-15' } }, outsider)).policyValue.errors).toEqual([
        { code: 'FAMILY_NOT_FOUND', field: 'familyId' },
      ]);
      expect((await service.data(POLICY, { id: policy.id }, outsider)).policy).toBeNull();
      expect((await service.data(POLICIES, { filter: { familyId: family.id } }, outsider)).policies.totalCount).toBe(0);
      expect((await service.data(SUSPEND, { input: { id: policy.id } }, outsider)).suspendPolicy.errors).toEqual([{ code: 'POLICY_NOT_FOUND', field: 'id' }]);
      expect((await service.data(HISTORY, { id: policy.id }, outsider)).policyHistory).toEqual([]);

      expect((await service.data(POLICY, { id: policy.id }, insider)).policy.id).toBe(policy.id);
      expect((await service.data(POLICIES, { filter: { familyId: family.id } }, insider)).policies.totalCount).toBe(1);
      expect((await create({ familyId: family.id, productId, enrolDate: '2024-05-01' }, insider)).errors).toEqual([]);
    });

    it('answers FORBIDDEN without the operation right and UNAUTHENTICATED without a token', async () => {
      const searchOnly = await authority.headers({ rights: [Right.PolicySearch], districtIds: [places.district11.id] });
      const refused = await service.graphql(CREATE, { input: { familyId: '0190e0c0-0000-7000-8000-000000000009', productId, enrolDate: '2024-04-15' } }, searchOnly);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const renewOnly = await authority.headers({ rights: [Right.PolicyAdd] });
      expect((await service.graphql(POLICIES, {}, renewOnly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await service.graphql(RENEW, { input: { policyId: productId, enrolDate: '2024-04-15' } }, renewOnly)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await service.graphql(POLICIES, {}, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
