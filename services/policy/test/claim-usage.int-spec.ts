import { createEvent, claimDeletedEvent, medicalServiceCreatedEvent, policyUsageRecordedEvent, type CloudEvent, type PolicyUsage, type PolicyUsageRecordedData } from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import type { ServiceTestApp } from '@imis/testing';
import { familyStates, seedFamilies, villageOf, type SeededFamily } from './support/insuree-fixtures';
import { insertPolicy } from './support/policy-rows';
import { lineInput, productInput, seedCatalogue, seedProductPlaces } from './support/product-fixtures';
import { startPolicy } from './support/policy-service';

const CREATE_PRODUCT = `mutation($input: CreateProductInput!) { createProduct(input: $input) { product { id } errors { code field } } }`;
const DELETE = `mutation($input: PolicyRefInput!) { deletePolicy(input: $input) { policy { id } errors { code field } } }`;
const ELIGIBILITY = `query($input: EligibilityInput!) { eligibility(input: $input) {
  coverage { usageKnown policies { policyId deductibleLeft { general inPatient outPatient } ceilingLeft { general inPatient outPatient } categories { category countLeft amountLeft } } }
  item { left isItemOK } service { left isServiceOK } } }`;

const TARGET = '2025-06-01';

interface Usage {
  claimId: string;
  claimVersion: number;
  insureeId: string;
  inPatient?: boolean;
  category?: PolicyUsageRecordedData['category'];
  status?: PolicyUsageRecordedData['status'];
  policies: PolicyUsage[];
}

/** A policy-usage event of the claim service. */
function usage({ inPatient = false, category = null, status = 'VALUATED', ...rest }: Usage): CloudEvent<PolicyUsageRecordedData> {
  const data: PolicyUsageRecordedData = { ...rest, healthFacilityId: uuidv7(), targetDate: '2025-05-20', inPatient, category, status };
  return createEvent(policyUsageRecordedEvent, { subject: data.claimId, data });
}

function share(policyId: string, productId: string, change: Partial<PolicyUsage> = {}): PolicyUsage {
  return { policyId, productId, remunerated: '0.00', deductible: '0.00', exceedCeiling: '0.00', items: [], services: [], ...change };
}

describe('claims’ usage of policies (policy-usage events on JetStream)', () => {
  let service: ServiceTestApp;
  let familyProduct: string;
  let ownProduct: string;
  let itemId: string;
  let surgeryId: string;
  let family: SeededFamily;
  let own: SeededFamily;
  let familyPolicy: string;
  let ownPolicy: string;

  const claims = async (...events: CloudEvent<unknown>[]) => {
    await service.publishAs('claim', events);
    await service.eventually(
      async () => (await service.query('select 1 from inbox where event_id = any($1) and consumer = $2', [events.map((event) => event.id), 'policy-claim-usage'])).length === events.length,
    );
  };
  const enquire = async (member: { insuranceNumber: string }) =>
    (await service.data(ELIGIBILITY, { input: { insuranceNumber: member.insuranceNumber, targetDate: TARGET, itemCode: 'I1', serviceCode: 'SURG' } })).eligibility;
  const surgery = (result: { coverage: { policies: { categories: { category: string; countLeft: number | null }[] }[] } }) =>
    result.coverage.policies[0].categories.find((category) => category.category === 'surgery')?.countLeft;
  const product = async (code: string, change: Record<string, unknown>) => {
    const created = await service.data(CREATE_PRODUCT, { input: productInput(code, change) });
    expect(created.createProduct.errors).toEqual([]);
    return created.createProduct.product.id as string;
  };
  const policyOf = async (seeded: SeededFamily, productId: string) =>
    (
      await insertPolicy(service, {
        familyId: seeded.family.id,
        productId,
        value: '1000.00',
        startDate: '2025-01-01',
        status: 'ACTIVE',
        effectiveDate: '2025-01-10',
        paidTotal: '1000.00',
        members: seeded.members.map((member) => ({ insureeId: member.id })),
      })
    ).policy.id;

  beforeAll(async () => {
    ({ service } = await startPolicy());
    const places = await seedProductPlaces(service);
    const catalogue = await seedCatalogue(service);
    itemId = catalogue.items[0];
    surgeryId = uuidv7();
    const data = {
      id: surgeryId,
      code: 'SURG',
      name: 'Surgery',
      price: '10.00',
      careType: 'B' as const,
      frequency: 0,
      patientCategory: 0,
      maximumQuantity: null,
      effectiveFrom: null,
      effectiveTo: null,
      version: 1,
      type: 'C' as const,
      level: 'S' as const,
      category: 'S' as const,
      manualPrice: false,
      packageType: 'S' as const,
      packageLines: [],
    };
    await service.publishAs('medical', [createEvent(medicalServiceCreatedEvent, { subject: surgeryId, data })]);
    await service.eventually(async () => (await service.query(`select 1 from projected_medical_service where code = 'SURG'`)).length === 1);
    const lines = {
      itemLines: [lineInput({ itemId }, { waitingPeriodAdult: 0, limitCountAdult: 3 })],
      serviceLines: [lineInput({ serviceId: surgeryId }, { waitingPeriodAdult: 0, limitCountAdult: 0 })],
      categoryLimits: { surgery: { maxCount: 2, maxAmount: '30000' } },
    };
    familyProduct = await product('FAMILY', { ceilingType: 'P', threshold: 2, deductible: { general: '100' }, ceiling: { inPatient: '50000', outPatient: '20000' }, ...lines });
    ownProduct = await product('OWN', { ceilingType: 'I', ceiling: { general: '10000' }, ...lines });
    const village = await villageOf(service, places.ward111.id);
    family = familyStates(village, ['1980-01-01', '1982-02-02']);
    own = familyStates(village, ['1970-01-01', '1972-01-01']);
    await seedFamilies(service, [family, own]);
    familyPolicy = await policyOf(family, familyProduct);
    ownPolicy = await policyOf(own, ownProduct);
  });

  afterAll(async () => {
    await service?.close();
  });

  it('subtracts the family’s remunerated amounts and deductibles from a policy ceiling, the member’s claims from its category and item counts', async () => {
    const [a, b] = family.members;
    await claims(
      usage({
        claimId: uuidv7(),
        claimVersion: 3,
        insureeId: a.id,
        category: 'S',
        policies: [share(familyPolicy, familyProduct, { remunerated: '1500.00', deductible: '40.00', items: [{ itemId, quantity: 2 }], services: [{ serviceId: surgeryId, quantity: 1 }] })],
      }),
      usage({ claimId: uuidv7(), claimVersion: 2, insureeId: b.id, inPatient: true, category: 'H', policies: [share(familyPolicy, familyProduct, { remunerated: '4000.00', deductible: '60.00' })] }),
    );
    const first = await enquire(a);
    expect(first.coverage.usageKnown).toBe(true);
    expect(first.coverage.policies[0]).toMatchObject({
      policyId: familyPolicy,
      deductibleLeft: { general: '0.00', inPatient: null, outPatient: null },
      ceilingLeft: { general: null, inPatient: '46000.00', outPatient: '18500.00' },
    });
    expect(surgery(first)).toBe(1);
    expect(first.item).toEqual({ left: 1, isItemOK: true });
    expect(first.service).toEqual({ left: null, isServiceOK: true });
    const second = await enquire(b);
    expect(second.coverage.policies[0].ceilingLeft).toEqual({ general: null, inPatient: '46000.00', outPatient: '18500.00' });
    expect(surgery(second)).toBe(2);
    expect(second.item).toEqual({ left: 3, isItemOK: true });
  });

  it('replaces a claim’s usage by its newest version: an older or repeated one changes nothing, a rejected one empties it, a deletion ends it', async () => {
    const [member] = own.members;
    const claimId = uuidv7();
    const at = (claimVersion: number, remunerated: string, quantity: number, status: PolicyUsageRecordedData['status'] = 'VALUATED') =>
      usage({ claimId, claimVersion, insureeId: member.id, category: 'S', status, policies: [share(ownPolicy, ownProduct, { remunerated, items: [{ itemId, quantity }] })] });
    const newest = at(4, '2500.00', 3);
    await claims(at(2, '1000.00', 1), newest, at(3, '9000.00', 2), { ...newest, id: uuidv7() });
    const used = await enquire(member);
    expect(used.coverage.policies[0].ceilingLeft).toEqual({ general: '7500.00', inPatient: null, outPatient: null });
    expect(used.item).toEqual({ left: 0, isItemOK: false });
    expect(surgery(used)).toBe(1);
    // An insuree ceiling counts the member’s own claims only.
    expect((await enquire(own.members[1])).coverage.policies[0].ceilingLeft.general).toBe('10000.00');
    const aggregates = async () =>
      service.query(
        `select (select remunerated_out_patient from policy_usage where policy_id = $1) as total, (select claims from policy_category_usage where policy_id = $1 and category = 'S') as surgeries,
           (select quantity from policy_line_usage where policy_id = $1 and line_id = $2) as quantity`,
        [ownPolicy, itemId],
      );
    expect(await aggregates()).toEqual([{ total: '2500.00', surgeries: 1, quantity: '3.00' }]);

    await claims(at(5, '0.00', 0, 'REJECTED'));
    const rejected = await enquire(member);
    expect(rejected.coverage.policies[0].ceilingLeft.general).toBe('10000.00');
    expect(rejected.item).toEqual({ left: 3, isItemOK: true });
    expect(await aggregates()).toEqual([{ total: '0.00', surgeries: 0, quantity: '0.00' }]);

    await claims(at(6, '700.00', 1, 'CHECKED'));
    expect((await enquire(member)).coverage.policies[0].ceilingLeft.general).toBe('9300.00');
    await claims(createEvent(claimDeletedEvent, { subject: claimId, data: { id: claimId, code: 'C1', healthFacilityId: uuidv7(), insureeId: member.id, version: 7 } }), at(6, '800.00', 1));
    expect((await enquire(member)).coverage.policies[0].ceilingLeft.general).toBe('10000.00');
    expect(await service.query('select claim_version, deleted from claim_usage where claim_id = $1', [claimId])).toEqual([{ claim_version: 7, deleted: true }]);
  });

  it('refuses to delete a policy a claim uses (POLICY_USED_BY_CLAIMS), then deletes it once that claim uses it no more', async () => {
    const seeded = familyStates(uuidv7(), ['1990-01-01']);
    await seedFamilies(service, [seeded]);
    const policyId = await policyOf(seeded, ownProduct);
    const claimId = uuidv7();
    await claims(usage({ claimId, claimVersion: 2, insureeId: seeded.members[0].id, policies: [share(policyId, ownProduct, { remunerated: '10.00' })] }));
    expect((await service.data(DELETE, { input: { id: policyId } })).deletePolicy).toEqual({ policy: null, errors: [{ code: 'POLICY_USED_BY_CLAIMS', field: 'id' }] });
    await claims(usage({ claimId, claimVersion: 3, insureeId: seeded.members[0].id, status: 'REJECTED', policies: [] }));
    expect((await service.data(DELETE, { input: { id: policyId } })).deletePolicy).toEqual({ policy: { id: policyId }, errors: [] });
  });
});
