import { v7 } from 'uuid';
import type { InsureePolicyState, PolicyState, ProductLine, ProductState } from '@imis/contracts';

let sequence = 0;
/** A product code unique within the test database (codes are ≤ 8 characters). */
const uniqueCode = () => `P${(++sequence).toString(36).padStart(7, '0')}`;

const split = (general: string | null = null) => ({ general, inPatient: null, outPatient: null });
const category = { maxCount: null, maxAmount: null };
const limit = { limitationType: 'C' as const, adult: 100, child: 100 };

/** A line of a product for an item or a service, with no waiting period unless told. */
export const productLine = (ids: { itemId?: string; serviceId?: string }, overrides: Partial<ProductLine> = {}): ProductLine => ({
  itemId: ids.itemId ?? null, serviceId: ids.serviceId ?? null, priceOrigin: 'P',
  limits: { normal: limit, emergency: { limitationType: 'F', adult: 50.5, child: 20 }, referral: limit },
  waitingPeriodAdult: 0, waitingPeriodChild: 0, limitCountAdult: 0, limitCountChild: 0, ceilingExclusionAdult: null, ceilingExclusionChild: null,
  ...overrides,
});

export const productState = (overrides: Partial<ProductState> = {}): ProductState => ({
  id: v7(), code: uniqueCode(), name: 'Basic cover', locationId: null, dateFrom: '2025-01-01', dateTo: '2030-12-31', conversionProductId: null,
  insurancePeriod: 12, administrationPeriod: 0, gracePeriodEnrolment: 0, gracePeriodRenewal: 0, gracePeriodPayment: 1, startCycles: [],
  lumpSum: '0', memberCount: 6, threshold: 0, premiumAdult: '10000', premiumChild: '5000', registrationLumpSum: '0', registrationFee: '0',
  generalAssemblyLumpSum: '0', generalAssemblyFee: '0', maxInstallments: 3, enrolmentDiscountPercent: 0, enrolmentDiscountPeriod: 0,
  renewalDiscountPercent: 0, renewalDiscountPeriod: 0, ceilingType: 'P', ceilingInterpretation: 'I', deductible: split('100.00'),
  ceiling: { general: null, inPatient: '500000.00', outPatient: '100000.00' }, extraMemberCeiling: split(), maxPolicyCeiling: split(),
  categoryLimits: { consultation: { maxCount: 10, maxAmount: '5000.00' }, surgery: category, delivery: category, hospitalization: category, visit: category, antenatal: category },
  relativePrices: { period: null, periodInPatient: null, periodOutPatient: null, distribution: [] },
  capitation: null, accountCodes: { contribution: '4000', remuneration: null }, itemLines: [], serviceLines: [], version: 1,
  ...overrides,
});

export const policyState = (product: ProductState, overrides: Partial<PolicyState> = {}): PolicyState => ({
  id: v7(), familyId: v7(), productId: product.id, officerId: null, stage: 'N', status: 'ACTIVE', value: '16650.00', enrolDate: '2025-12-20',
  startDate: '2026-01-01', effectiveDate: '2026-01-01', expiryDate: '2026-12-31', previousPolicyId: null, paidTotal: '16650.00', underpaid: false, version: 1,
  ...overrides,
});

/** A member's coverage row with the policy's dates unless told. */
export const insureePolicyState = (policy: PolicyState, insureeId: string, overrides: Partial<InsureePolicyState> = {}): InsureePolicyState => ({
  id: v7(), policyId: policy.id, insureeId, enrolmentDate: policy.enrolDate, startDate: policy.startDate, effectiveDate: policy.effectiveDate,
  expiryDate: policy.expiryDate, version: 1, ...overrides,
});

const KEPT = [
  'id', 'code', 'name', 'locationId', 'dateFrom', 'dateTo', 'conversionProductId', 'insurancePeriod', 'gracePeriodPayment', 'maxInstallments',
  'memberCount', 'threshold', 'ceilingType', 'ceilingInterpretation', 'deductible', 'ceiling', 'extraMemberCeiling', 'maxPolicyCeiling',
  'categoryLimits', 'relativePrices', 'capitation', 'accountCodes', 'version',
] as const;

/** What `productsByIds` answers for a state: the kept fields, lines in line id order. */
export function projectedProduct(state: ProductState, deleted = false) {
  const byId = (key: 'itemId' | 'serviceId') => (a: ProductLine, b: ProductLine) => (a[key]! < b[key]! ? -1 : 1);
  return {
    ...Object.fromEntries(KEPT.map((key) => [key, state[key]])),
    itemLines: [...state.itemLines].sort(byId('itemId')),
    serviceLines: [...state.serviceLines].sort(byId('serviceId')),
    deleted,
  };
}
