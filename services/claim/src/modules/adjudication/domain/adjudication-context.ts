import type {
  CareType,
  CategoryLimitName,
  CeilingExclusion,
  CeilingInterpretation,
  CeilingType,
  LimitationType,
  LineKind,
  PolicyStage,
  PolicyStatus,
  PriceOrigin,
  ServiceCategory,
} from './claim-codes';
import type { UsageCounters } from './usage-counters';

/** A medical item or service of the register, as a claim line reads it. */
export interface MedicalEntry {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** Register price (money string), used when the price list gives no override. */
  readonly price: string;
  readonly careType: CareType;
  /** Days between two provisions to one insuree; 0 = no limit. */
  readonly frequency: number;
  /** Mask: male 1, female 2, adult 4, minor 8; 0 = no restriction. */
  readonly patientCategory: number;
  /** null = valid since ever / open-ended. */
  readonly validFrom: string | null;
  readonly validTo: string | null;
  /** Services only; null counts as V. */
  readonly category?: ServiceCategory | null;
}

/** One detail row of a facility's price list: its override (null = the register price) and validity. */
export interface PriceListDetail {
  readonly price: string | null;
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** A price list with its detail rows by medical id. */
export interface PriceList {
  readonly id: string;
  readonly details: Readonly<Record<string, PriceListDetail>>;
}

export interface LineLimit {
  readonly limitationType: LimitationType;
  /** Co-insurance %, or fixed amount per unit (0 = unlimited, as the legacy procedures read it). */
  readonly adult: number;
  readonly child: number;
}

/** A product line: how the product covers one item or service. */
export interface ProductLineTerms {
  readonly priceOrigin: PriceOrigin;
  readonly limits: { readonly normal: LineLimit; readonly emergency: LineLimit; readonly referral: LineLimit };
  readonly waitingPeriodAdult: number;
  readonly waitingPeriodChild: number;
  /** 0 = unlimited. */
  readonly limitCountAdult: number;
  readonly limitCountChild: number;
  readonly ceilingExclusionAdult: CeilingExclusion | null;
  readonly ceilingExclusionChild: CeilingExclusion | null;
}

/** Money strings or null (not set): a general amount, or in- and out-patient ones. */
export interface SplitAmount {
  readonly general: string | null;
  readonly inPatient: string | null;
  readonly outPatient: string | null;
}

/** Claims per coverage period (null: unlimited) and the most paid per claim (null: none). */
export interface CategoryLimit {
  readonly maxCount: number | null;
  readonly maxAmount: string | null;
}

/** The product terms adjudication reads (the policy service's product, reduced). */
export interface ProductTerms {
  readonly id: string;
  readonly code: string;
  readonly memberCount: number;
  readonly threshold: number;
  readonly ceilingType: CeilingType;
  readonly ceilingInterpretation: CeilingInterpretation;
  readonly deductible: SplitAmount;
  readonly ceiling: SplitAmount;
  readonly extraMemberCeiling: SplitAmount;
  readonly maxPolicyCeiling: SplitAmount;
  readonly categoryLimits: Readonly<Record<CategoryLimitName, CategoryLimit>>;
  /** Lines by medical id. */
  readonly itemLines: Readonly<Record<string, ProductLineTerms>>;
  readonly serviceLines: Readonly<Record<string, ProductLineTerms>>;
}

export interface PolicyTerms {
  readonly id: string;
  readonly familyId: string;
  readonly productId: string;
  readonly stage: PolicyStage;
  readonly status: PolicyStatus;
  readonly effectiveDate: string | null;
  readonly expiryDate: string;
  /** Members of the family covered by the policy (a policy ceiling grows above the product threshold). */
  readonly memberCount: number;
}

/** One insuree's coverage under a policy. */
export interface InsureePolicy {
  readonly id: string;
  readonly policyId: string;
  readonly insureeId: string;
  /** null = not covered. */
  readonly effectiveDate: string | null;
  readonly expiryDate: string;
}

/**
 * Everything the rules read besides the claims, loaded once per batch with a few set-based queries:
 * the insurees' policies and coverage rows, the products, the medical register, the facilities' price lists,
 * and the usage so far. Records are keyed by id.
 */
export interface AdjudicationContext {
  /** Adult: age ≥ this at the claim's target date (default 18). */
  readonly ageOfMajority: number;
  readonly policies: Readonly<Record<string, PolicyTerms>>;
  /** Current coverage rows of the batch's insurees. */
  readonly insureePolicies: readonly InsureePolicy[];
  readonly products: Readonly<Record<string, ProductTerms>>;
  readonly items: Readonly<Record<string, MedicalEntry>>;
  readonly services: Readonly<Record<string, MedicalEntry>>;
  readonly priceLists: Readonly<Record<string, PriceList>>;
  readonly usage: UsageCounters;
}

export function medicalEntry(context: Pick<AdjudicationContext, 'items' | 'services'>, kind: LineKind, id: string): MedicalEntry | undefined {
  return kind === 'item' ? context.items[id] : context.services[id];
}

export function productLine(product: ProductTerms, kind: LineKind, medicalId: string): ProductLineTerms | undefined {
  return kind === 'item' ? product.itemLines[medicalId] : product.serviceLines[medicalId];
}
