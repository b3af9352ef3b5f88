import type { AdjudicationContext, InsureePolicy, MedicalEntry, PolicyTerms, ProductLineTerms, ProductTerms } from './adjudication-context';
import type { ClaimLineInput, ClaimToAdjudicate } from './claim-to-adjudicate';
import { NO_USAGE } from './usage-counters';

/** A small world for the unit tests: one insuree covered in 2024 by one policy whose product covers everything. */
export const ID = {
  insuree: 'insuree-1',
  family: 'family-1',
  policy: 'policy-1',
  insureePolicy: 'ip-1',
  product: 'product-1',
  facility: 'facility-1',
  itemPrices: 'pl-items',
  servicePrices: 'pl-services',
  drug: 'item-drug',
  consultation: 'service-consultation',
  surgery: 'service-surgery',
  ward: 'service-ward',
} as const;

const NO_SPLIT = { general: null, inPatient: null, outPatient: null };
const UNLIMITED = { maxCount: null, maxAmount: null };

export function lineTerms(overrides: Partial<ProductLineTerms> = {}): ProductLineTerms {
  const full = { limitationType: 'C' as const, adult: 100, child: 100 };
  return {
    priceOrigin: 'P',
    limits: { normal: full, emergency: full, referral: full },
    waitingPeriodAdult: 0,
    waitingPeriodChild: 0,
    limitCountAdult: 0,
    limitCountChild: 0,
    ceilingExclusionAdult: null,
    ceilingExclusionChild: null,
    ...overrides,
  };
}

export function product(overrides: Partial<ProductTerms> = {}, line: Partial<ProductLineTerms> = {}): ProductTerms {
  return {
    id: ID.product,
    code: 'PRD1',
    memberCount: 6,
    threshold: 4,
    ceilingType: 'I',
    ceilingInterpretation: 'I',
    deductible: NO_SPLIT,
    ceiling: NO_SPLIT,
    extraMemberCeiling: NO_SPLIT,
    maxPolicyCeiling: NO_SPLIT,
    categoryLimits: { consultation: UNLIMITED, surgery: UNLIMITED, delivery: UNLIMITED, antenatal: UNLIMITED, hospitalization: UNLIMITED, visit: UNLIMITED },
    itemLines: { [ID.drug]: lineTerms(line) },
    serviceLines: { [ID.consultation]: lineTerms(line), [ID.surgery]: lineTerms(line), [ID.ward]: lineTerms(line) },
    ...overrides,
  };
}

function entry(id: string, code: string, price: string, overrides: Partial<MedicalEntry> = {}): MedicalEntry {
  return { id, code, name: code, price, careType: 'B', frequency: 0, patientCategory: 15, validFrom: null, validTo: null, ...overrides };
}

export function policy(overrides: Partial<PolicyTerms> = {}): PolicyTerms {
  return { id: ID.policy, familyId: ID.family, productId: ID.product, stage: 'N', status: 'ACTIVE', effectiveDate: '2024-01-01', expiryDate: '2024-12-31', memberCount: 1, ...overrides };
}

export function insureePolicy(overrides: Partial<InsureePolicy> = {}): InsureePolicy {
  return { id: ID.insureePolicy, policyId: ID.policy, insureeId: ID.insuree, effectiveDate: '2024-01-01', expiryDate: '2024-12-31', ...overrides };
}

export function context(overrides: Partial<AdjudicationContext> = {}): AdjudicationContext {
  const open = { price: null, validFrom: null, validTo: null };
  return {
    ageOfMajority: 18,
    policies: { [ID.policy]: policy() },
    insureePolicies: [insureePolicy()],
    products: { [ID.product]: product() },
    items: { [ID.drug]: entry(ID.drug, 'DRUG', '10.00') },
    services: {
      [ID.consultation]: entry(ID.consultation, 'CONS', '20.00', { careType: 'O', category: 'C' }),
      [ID.surgery]: entry(ID.surgery, 'SURG', '500.00', { category: 'S' }),
      [ID.ward]: entry(ID.ward, 'WARD', '50.00', { careType: 'I', category: 'H' }),
    },
    priceLists: {
      [ID.itemPrices]: { id: ID.itemPrices, details: { [ID.drug]: open } },
      [ID.servicePrices]: { id: ID.servicePrices, details: { [ID.consultation]: open, [ID.surgery]: open, [ID.ward]: open } },
    },
    usage: NO_USAGE,
    ...overrides,
  };
}

let lineNumber = 0;
export function line(medicalId: string, overrides: Partial<ClaimLineInput> = {}): ClaimLineInput {
  lineNumber += 1;
  return { id: `line-${lineNumber}`, medicalId, qtyProvided: 1, priceAsked: '10.00', ...overrides };
}

export function claim(overrides: Partial<ClaimToAdjudicate> = {}): ClaimToAdjudicate {
  return {
    id: 'claim-1',
    code: 'CLM1',
    insuree: { id: ID.insuree, familyId: ID.family, birthDate: '1980-05-05', gender: 'F', active: true },
    facility: { id: ID.facility, level: 'D', careType: 'B', itemsPriceListId: ID.itemPrices, servicesPriceListId: ID.servicePrices },
    visitType: 'O',
    dateFrom: '2024-06-10',
    dateTo: null,
    dateClaimed: '2024-06-12',
    diagnoses: ['icd-a00'],
    items: [line(ID.drug, { qtyProvided: 2 })],
    services: [line(ID.consultation, { priceAsked: '20.00' })],
    ...overrides,
  };
}

/** A context whose single product is the one given (and its policy and coverage rows unchanged). */
export function contextWithProduct(terms: ProductTerms, overrides: Partial<AdjudicationContext> = {}): AdjudicationContext {
  return context({ products: { [terms.id]: terms }, ...overrides });
}
