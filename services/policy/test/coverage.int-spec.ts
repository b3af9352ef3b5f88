import type { RightCode } from '@imis/auth';
import type { ServiceTestApp, TestAuthority } from '@imis/testing';
import { familyStates, seedFamilies, villageOf, type SeededFamily } from './support/insuree-fixtures';
import { insertPolicy } from './support/policy-rows';
import { lineInput, productInput, seedCatalogue, seedProductPlaces, type Catalogue, type ProductPlaces } from './support/product-fixtures';
import { startPolicy } from './support/policy-service';

const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code field } } }`;
const COVERAGE = `insureeId insuranceNumber targetDate usageKnown insuree { id }
  policies { policyId productCode productName status letter enrolmentDate startDate effectiveDate expiryDate ceilingType
    deductibleLeft { general inPatient outPatient } ceilingLeft { general inPatient outPatient } categories { category countLeft amountLeft } }`;
const ELIGIBILITY = `query($input: EligibilityInput!) { eligibility(input: $input) {
  insuranceNumber targetDate refusal coverage { ${COVERAGE} }
  item { itemCode itemId covered minDate left isItemOK } service { serviceCode serviceId covered minDate left isServiceOK } } }`;
const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Insuree { id coverage(targetDate: "2025-08-01") { insureeId policies { letter productCode } } } } }`;

describe('coverage and the eligibility enquiry', () => {
  let service: ServiceTestApp;
  let authority: TestAuthority;
  let places: ProductPlaces;
  let catalogue: Catalogue;
  let covered: SeededFamily;
  let unpaid: SeededFamily;
  let productId: string;
  const eligibility = async (input: Record<string, unknown>, headers?: Record<string, string>) => (await service.data(ELIGIBILITY, { input }, headers)).eligibility;

  beforeAll(async () => {
    ({ service, authority } = await startPolicy());
    places = await seedProductPlaces(service);
    catalogue = await seedCatalogue(service);
    const [{ id: i1 }, { id: s1 }] = await service.query<{ id: string }>(
      `(select id from projected_medical_item where code = 'I1') union all (select id from projected_medical_service where code = 'S1')`,
    );
    const created = await service.data(CREATE_PRODUCT, {
      input: productInput('COVER', {
        ceilingType: 'P',
        threshold: 2,
        deductible: { general: '100' },
        ceiling: { inPatient: '50000', outPatient: '20000' },
        extraMemberCeiling: { inPatient: '1000' },
        categoryLimits: { surgery: { maxCount: 2, maxAmount: '30000' } },
        itemLines: [lineInput({ itemId: i1 }, { waitingPeriodAdult: 2, waitingPeriodChild: 0, limitCountAdult: 3, limitCountChild: 0 })],
        serviceLines: [lineInput({ serviceId: s1 }, { waitingPeriodAdult: 0, limitCountAdult: 0 })],
      }),
    });
    expect(created.createProduct.errors).toEqual([]);
    productId = created.createProduct.product.id;
    const village = await villageOf(service, places.ward111.id);
    covered = familyStates(village, ['1980-01-01', '1982-02-02', '2015-03-03']);
    unpaid = familyStates(village, ['1970-01-01']);
    await seedFamilies(service, [covered, unpaid]);
    await insertPolicy(service, {
      familyId: covered.family.id,
      productId,
      value: '1000.00',
      startDate: '2025-01-01',
      status: 'ACTIVE',
      effectiveDate: '2025-01-10',
      paidTotal: '1000.00',
      members: [{ insureeId: covered.members[0].id }, { insureeId: covered.members[1].id }, { insureeId: covered.members[2].id, effectiveDate: null }],
    });
    await insertPolicy(service, { familyId: unpaid.family.id, productId, value: '1000.00', startDate: '2025-01-01', members: [{ insureeId: unpaid.members[0].id }] });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('answers a covered member: letter A, dates, ceilings raised per extra member, deductible, category limits, usage known (none yet)', async () => {
    const result = await eligibility({ insuranceNumber: covered.members[0].insuranceNumber, targetDate: '2025-06-01' });
    expect(result).toMatchObject({ refusal: null, targetDate: '2025-06-01', item: null, service: null });
    expect(result.coverage).toMatchObject({ insureeId: covered.members[0].id, usageKnown: true, insuree: { id: covered.members[0].id } });
    expect(result.coverage.policies).toEqual([
      expect.objectContaining({
        productCode: 'COVER',
        productName: 'Product COVER',
        status: 'ACTIVE',
        letter: 'A',
        startDate: '2025-01-01',
        effectiveDate: '2025-01-10',
        expiryDate: '2025-12-31',
        ceilingType: 'P',
        deductibleLeft: { general: '100.00', inPatient: null, outPatient: null },
        // three members, threshold 2: one extra member raises the in-patient ceiling by 1,000.
        ceilingLeft: { general: null, inPatient: '51000.00', outPatient: '20000.00' },
      }),
    ]);
    expect(result.coverage.policies[0].categories).toContainEqual({ category: 'surgery', countLeft: 2, amountLeft: '30000.00' });
    expect(result.coverage.policies[0].categories).toContainEqual({ category: 'visit', countLeft: null, amountLeft: null });
  });

  it('answers I for a member not yet covered (joined, unpaid) and for an unpaid policy, E after the expiry', async () => {
    const child = await eligibility({ insuranceNumber: covered.members[2].insuranceNumber, targetDate: '2025-06-01', itemCode: 'I1' });
    expect(child.coverage.policies.map((policy: { letter: string }) => policy.letter)).toEqual(['I']);
    expect(child.item).toEqual({ itemCode: 'I1', itemId: catalogue.items[0], covered: false, minDate: null, left: 0, isItemOK: false });
    const idle = await eligibility({ insuranceNumber: unpaid.members[0].insuranceNumber, targetDate: '2025-06-01' });
    expect(idle.coverage.policies).toEqual([expect.objectContaining({ status: 'IDLE', letter: 'I', effectiveDate: null })]);
    const later = await eligibility({ insuranceNumber: covered.members[0].insuranceNumber, targetDate: '2026-03-01' });
    expect(later.coverage.policies.map((policy: { letter: string }) => policy.letter)).toEqual(['E']);
    const muchLater = await eligibility({ insuranceNumber: covered.members[0].insuranceNumber, targetDate: '2028-03-01' });
    expect(muchLater.coverage.policies).toEqual([]);
  });

  it('answers an item with its waiting period and limit, and a service without limit', async () => {
    const before = await eligibility({ insuranceNumber: covered.members[0].insuranceNumber, targetDate: '2025-03-01', itemCode: 'I1', serviceCode: 'S1' });
    expect(before.item).toEqual({ itemCode: 'I1', itemId: catalogue.items[0], covered: true, minDate: '2025-03-10', left: 3, isItemOK: false });
    expect(before.service).toEqual({ serviceCode: 'S1', serviceId: catalogue.services[0], covered: true, minDate: '2025-01-10', left: null, isServiceOK: true });
    const after = await eligibility({ insuranceNumber: covered.members[0].insuranceNumber, targetDate: '2025-03-10', itemCode: 'I1', serviceCode: 'S2' });
    expect(after.item).toMatchObject({ minDate: '2025-03-10', isItemOK: true });
    expect(after.service).toEqual({ serviceCode: 'S2', serviceId: catalogue.services[1], covered: false, minDate: null, left: 0, isServiceOK: false });
    const unknown = await eligibility({ insuranceNumber: covered.members[0].insuranceNumber, itemCode: 'NOPE' });
    expect(unknown.item).toMatchObject({ itemCode: 'NOPE', itemId: null, covered: false, isItemOK: false });
  });

  it('answers INSUREE_NOT_FOUND for an unknown number and outside the caller’s scope; needs 101201 or 101105', async () => {
    expect(await eligibility({ insuranceNumber: 'UNKNOWN' })).toMatchObject({ refusal: 'INSUREE_NOT_FOUND', coverage: null });
    const user = (rights: RightCode[], districtIds: string[]) => authority.headers({ id: '0190e0c0-0000-7000-8000-0000000000e1', rights, districtIds });
    const number = covered.members[0].insuranceNumber;
    expect(await eligibility({ insuranceNumber: number }, await user([101105], [places.district21.id]))).toMatchObject({ refusal: 'INSUREE_NOT_FOUND' });
    expect(await eligibility({ insuranceNumber: number, targetDate: '2025-06-01' }, await user([101105], [places.district11.id]))).toMatchObject({ refusal: null });
    expect(await eligibility({ insuranceNumber: number }, await user([101201], [places.district11.id]))).toMatchObject({ refusal: null });
    const refused = await service.graphql(ELIGIBILITY, { input: { insuranceNumber: number } }, await user([121001], [places.district11.id]));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const tooLong = await service.graphql(ELIGIBILITY, { input: { insuranceNumber: 'x'.repeat(51) } });
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves Insuree.coverage through federation, batched over the insurees asked', async () => {
    const representations = [...covered.members, ...unpaid.members].map((member) => ({ __typename: 'Insuree', id: member.id }));
    const { _entities } = await service.data(ENTITIES, { representations });
    expect(_entities.map((entity: { coverage: { policies: { letter: string }[] } }) => entity.coverage.policies.map((policy) => policy.letter))).toEqual([['A'], ['A'], ['I'], ['I']]);
  });
});
