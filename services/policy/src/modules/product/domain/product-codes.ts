import {
  ceilingExclusionSchema,
  ceilingInterpretationSchema,
  ceilingTypeSchema,
  distributionCareTypeSchema,
  limitationTypeSchema,
  priceOriginSchema,
  relativePricePeriodSchema,
  type ProductLine,
  type ProductState,
} from '@imis/contracts';

/** The openIMIS code lists of a product, read from the event contract (one source for domain, GraphQL and events). */
export const CEILING_TYPES = ceilingTypeSchema.options;
export const CEILING_INTERPRETATIONS = ceilingInterpretationSchema.options;
export const PRICE_ORIGINS = priceOriginSchema.options;
export const LIMITATION_TYPES = limitationTypeSchema.options;
export const CEILING_EXCLUSIONS = ceilingExclusionSchema.options;
export const RELATIVE_PRICE_PERIODS = relativePricePeriodSchema.options;
export const DISTRIBUTION_CARE_TYPES = distributionCareTypeSchema.options;

export type CeilingType = (typeof CEILING_TYPES)[number];
export type RelativePricePeriod = (typeof RELATIVE_PRICE_PERIODS)[number];
export type DistributionCareType = (typeof DISTRIBUTION_CARE_TYPES)[number];

/** Every field of a product but its id and version: what is validated, stored and carried by events. */
export type ProductFields = Omit<ProductState, 'id' | 'version'>;
export type ProductLineFields = ProductLine;
export type SplitAmount = ProductFields['deductible'];
export type CategoryLimits = ProductFields['categoryLimits'];
export type RelativePrices = ProductFields['relativePrices'];
export type Capitation = NonNullable<ProductFields['capitation']>;

export const PRODUCT_CODE_MAX_LENGTH = 8;
export const PRODUCT_NAME_MAX_LENGTH = 100;
export const ACCOUNT_CODE_MAX_LENGTH = 25;
/** Longest period a product may state, in months (100 years). */
export const MAX_MONTHS = 1200;
export const MAX_START_CYCLES = 4;
/**
 * Most item and service lines of one product together: its created/updated event carries them all and must
 * stay under the outbox's event size (about 400 bytes per line at worst).
 */
export const PRODUCT_MAX_LINES = 1_500;
/** Periods of a relative-price distribution per period type. */
export const DISTRIBUTION_PERIODS: Record<RelativePricePeriod, number> = { M: 12, Q: 4, Y: 1 };
/** The health-facility levels capitation may be paid to (location contract: D dispensary, C health centre, H hospital). */
export const CAPITATION_LEVELS = ['D', 'C', 'H'] as const;
export const CAPITATION_SUB_LEVELS = ['I', 'N', 'R'] as const;
export const CATEGORIES = ['consultation', 'surgery', 'delivery', 'hospitalization', 'visit', 'antenatal'] as const;
export const SPLIT_AMOUNTS = ['deductible', 'ceiling', 'extraMemberCeiling', 'maxPolicyCeiling'] as const;
export const PERIOD_FIELDS = ['administrationPeriod', 'gracePeriodEnrolment', 'gracePeriodRenewal', 'gracePeriodPayment'] as const;
export const MONEY_FIELDS = [
  'lumpSum',
  'premiumAdult',
  'premiumChild',
  'registrationLumpSum',
  'registrationFee',
  'generalAssemblyLumpSum',
  'generalAssemblyFee',
] as const;
export const SHARE_WEIGHTS = ['population', 'families', 'insuredPopulation', 'insuredFamilies', 'visits', 'adjustedAmount'] as const;
