import {
  createEvent,
  familyCreatedEvent,
  policyCreatedEvent,
  productCreatedEvent,
  type FamilyState,
  type LocationState,
  type PolicyState,
  type ProductState,
} from '@imis/contracts';
import { uuidv7 } from '@imis/persistence';
import { locationCreatedEvents, locationTree, type ServiceTestApp } from '@imis/testing';

export interface Places {
  region1: LocationState;
  region2: LocationState;
  district11: LocationState;
  district12: LocationState;
  district21: LocationState;
  village111: LocationState;
  village121: LocationState;
}

/** Feeds the location projection as the location service would: 2 regions of 2 districts (a ward and a village each). */
export async function seedPlaces(service: ServiceTestApp): Promise<Places> {
  const tree = locationTree({ regions: 2, districtsPerRegion: 2, wardsPerDistrict: 1, villagesPerWard: 1, codePrefix: 'C' });
  const byCode = Object.fromEntries(tree.map((location) => [location.code, location]));
  await service.publishAs('location', locationCreatedEvents(tree));
  await service.eventually(async () => (await service.count('projected_location')) === tree.length);
  return {
    region1: byCode.CR1,
    region2: byCode.CR2,
    district11: byCode.C1D1,
    district12: byCode.C1D2,
    district21: byCode.C2D1,
    village111: byCode.C111V1,
    village121: byCode.C121V1,
  };
}

let sequence = 0;

/** A product as the policy service's events carry it (code unique in the test database). */
export const productState = (overrides: Partial<ProductState> = {}): ProductState => {
  const split = { general: null, inPatient: null, outPatient: null };
  const category = { maxCount: null, maxAmount: null };
  return {
    id: uuidv7(), code: `C${(++sequence).toString(36).padStart(7, '0')}`, name: 'Basic cover', locationId: null, dateFrom: '2025-01-01', dateTo: '2030-12-31',
    conversionProductId: null, insurancePeriod: 12, administrationPeriod: 0, gracePeriodEnrolment: 0, gracePeriodRenewal: 0, gracePeriodPayment: 0,
    startCycles: [], lumpSum: '1000', memberCount: 6, threshold: 0, premiumAdult: '0', premiumChild: '0', registrationLumpSum: '0', registrationFee: '0',
    generalAssemblyLumpSum: '0', generalAssemblyFee: '0', maxInstallments: 0, enrolmentDiscountPercent: 0, enrolmentDiscountPeriod: 0,
    renewalDiscountPercent: 0, renewalDiscountPeriod: 0, ceilingType: 'P', ceilingInterpretation: 'I', deductible: split, ceiling: split,
    extraMemberCeiling: split, maxPolicyCeiling: split,
    categoryLimits: { consultation: category, surgery: category, delivery: category, hospitalization: category, visit: category, antenatal: category },
    relativePrices: { period: null, periodInPatient: null, periodOutPatient: null, distribution: [] }, capitation: null,
    accountCodes: { contribution: null, remuneration: null }, itemLines: [], serviceLines: [], version: 1,
    ...overrides,
  };
};

export const policyState = (product: ProductState, familyId: string, overrides: Partial<PolicyState> = {}): PolicyState => ({
  id: uuidv7(), familyId, productId: product.id, officerId: null, stage: 'N', status: 'IDLE', value: '1000.00', enrolDate: '2025-01-10',
  startDate: '2025-01-10', effectiveDate: null, expiryDate: '2026-01-09', previousPolicyId: null, paidTotal: '0.00', underpaid: false, version: 1,
  ...overrides,
});

/** Publishes a product on the policy stream and waits for the projection. */
export async function seedProduct(service: ServiceTestApp, overrides: Partial<ProductState> = {}): Promise<ProductState> {
  const product = productState(overrides);
  await service.publishAs('policy', [createEvent(productCreatedEvent, { subject: product.id, data: product })]);
  await service.eventually(async () => (await service.query('select id from projected_product where id = $1', [product.id])).length === 1);
  return product;
}

/** Publishes a family in the village (insuree stream) and policies of the product for it (policy stream), and waits for both projections. */
export async function seedPolicies(
  service: ServiceTestApp,
  product: ProductState,
  villageId: string,
  count = 1,
  overrides: Partial<PolicyState> = {},
): Promise<PolicyState[]> {
  const family: FamilyState = { id: uuidv7(), headInsureeId: uuidv7(), villageId, poverty: null, familyType: null, confirmationType: null, version: 1 };
  const policies = Array.from({ length: count }, () => policyState(product, family.id, overrides));
  await service.publishAs('insuree', [createEvent(familyCreatedEvent, { subject: family.id, data: family })]);
  await service.publishAs('policy', policies.map((data) => createEvent(policyCreatedEvent, { subject: data.id, data })));
  const ids = policies.map((policy) => policy.id);
  await service.eventually(async () => {
    const [row] = await service.query<{ policies: string; families: string }>(
      'select (select count(*) from projected_policy where id = any($1)) as policies, (select count(*) from projected_family where id = $2) as families',
      [ids, family.id],
    );
    return Number(row.policies) === ids.length && Number(row.families) === 1;
  });
  return policies;
}

export interface OutboxEvent {
  type: string;
  subject: string;
  data: Record<string, unknown> & { policyContributions?: { policyId: string; paidTotal: string; lastPayDate: string | null; revision: number } };
}

/** The events recorded (outbox) about these subjects, in order. */
export async function outboxEvents(service: ServiceTestApp, subjects: string[]): Promise<OutboxEvent[]> {
  return (await service.query<{ payload: OutboxEvent }>(`select payload from outbox where payload->>'subject' = any($1) order by id`, [subjects])).map((row) => row.payload);
}

/** The premium events of a policy (any subject), in order. */
export async function policyPremiumEvents(service: ServiceTestApp, policyId: string): Promise<OutboxEvent[]> {
  return (
    await service.query<{ payload: OutboxEvent }>(
      `select payload from outbox where payload->>'type' like 'imis.contribution.premium.%' and payload->'data'->>'policyId' = $1 order by id`,
      [policyId],
    )
  ).map((row) => row.payload);
}
