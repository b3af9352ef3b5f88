import { z } from 'zod';
import { isoDate, uuid, version } from '../location/location-fields';
import { money } from '../medical/medical-fields';

const months = () => z.number().int().min(0).max(1200).describe('months');
const count = () => z.number().int().nonnegative();
const percent = () => z.number().int().min(0).max(100);
const optionalMoney = () => money().nullable();

/** The openIMIS code lists of a product: the one source the policy service's domain and GraphQL enums read. */
export const ceilingTypeSchema = z.enum(['I', 'T', 'P']).describe('I per insuree, T per treatment (claim), P per policy');
export const ceilingInterpretationSchema = z.enum(['I', 'H']).describe("I: the claim's type (in-patient when it spans days), H: the facility's level (hospital)");
export const priceOriginSchema = z.enum(['P', 'O', 'R']).describe("P price list, O the provider's own price, R relative price");
export const limitationTypeSchema = z.enum(['C', 'F']).describe('C co-insurance (the insurer pays the limit %), F fixed (the insurer pays at most the limit per unit)');
export const ceilingExclusionSchema = z.enum(['H', 'N', 'B']).describe('paid in full outside the ceiling: H in a hospital context, N outside it, B both');
export const relativePricePeriodSchema = z.enum(['M', 'Q', 'Y']).describe('M monthly, Q quarterly, Y yearly');
export const distributionCareTypeSchema = z.enum(['B', 'I', 'O']).describe('B both, I in-patient, O out-patient');

/** An amount with its general, in-patient and out-patient variants (a general amount overrides the split). */
export const splitAmountSchema = z.object({ general: optionalMoney(), inPatient: optionalMoney(), outPatient: optionalMoney() });

/** Per-category limits of one claim category: how many claims per coverage period, and the most paid per claim. */
export const categoryLimitSchema = z.object({ maxCount: count().nullable(), maxAmount: optionalMoney() });

/** Limits of one product line for one visit type (normal, emergency, referral). */
export const lineLimitSchema = z.object({
  limitationType: limitationTypeSchema,
  adult: z.number().nonnegative().describe('co-insurance %, or fixed amount per unit'),
  child: z.number().nonnegative(),
});

/** A product line: an item or service the product covers, with its price origin, limits and waiting periods. */
export const productLineSchema = z.object({
  itemId: uuid().nullable(),
  serviceId: uuid().nullable(),
  priceOrigin: priceOriginSchema,
  limits: z.object({ normal: lineLimitSchema, emergency: lineLimitSchema, referral: lineLimitSchema }),
  waitingPeriodAdult: months(),
  waitingPeriodChild: months(),
  limitCountAdult: count().describe('0 = unlimited'),
  limitCountChild: count().describe('0 = unlimited'),
  ceilingExclusionAdult: ceilingExclusionSchema.nullable(),
  ceilingExclusionChild: ceilingExclusionSchema.nullable(),
});

/** Full state of a product with all its lines, carried by `created` and `updated`. */
export const productStateSchema = z.object({
  id: uuid(),
  code: z.string().min(1).max(8),
  name: z.string().min(1),
  locationId: uuid().nullable().describe('a region or district where it is sold; null = national'),
  dateFrom: isoDate().describe('first day of the sale window'),
  dateTo: isoDate().describe('last day of the sale window'),
  conversionProductId: uuid().nullable().describe('the product its policies renew into'),
  insurancePeriod: months().describe('length of a policy, months (≥ 1)'),
  administrationPeriod: months(),
  gracePeriodEnrolment: months(),
  gracePeriodRenewal: months(),
  gracePeriodPayment: months(),
  startCycles: z.array(z.string().regex(/^\d{2}-\d{2}$/)).max(4).describe('fixed cycle starts "dd-mm"; empty = free enrolment'),
  lumpSum: money(),
  memberCount: z.number().int().positive().describe('the most members a policy covers'),
  threshold: count().describe('members covered by the lump sum'),
  premiumAdult: money(),
  premiumChild: money(),
  registrationLumpSum: money(),
  registrationFee: money().describe('per member, when there is no registration lump sum'),
  generalAssemblyLumpSum: money(),
  generalAssemblyFee: money(),
  maxInstallments: count().describe('0 = unlimited'),
  enrolmentDiscountPercent: percent(),
  enrolmentDiscountPeriod: months(),
  renewalDiscountPercent: percent(),
  renewalDiscountPeriod: months(),
  ceilingType: ceilingTypeSchema,
  ceilingInterpretation: ceilingInterpretationSchema,
  deductible: splitAmountSchema.describe('of the ceiling type'),
  ceiling: splitAmountSchema.describe('of the ceiling type'),
  extraMemberCeiling: splitAmountSchema.describe('policy ceilings: added per member above the threshold'),
  maxPolicyCeiling: splitAmountSchema.describe('policy ceilings: the cap of the raised ceiling'),
  categoryLimits: z.object({
    consultation: categoryLimitSchema,
    surgery: categoryLimitSchema,
    delivery: categoryLimitSchema,
    hospitalization: categoryLimitSchema,
    visit: categoryLimitSchema,
    antenatal: categoryLimitSchema,
  }),
  relativePrices: z.object({
    period: relativePricePeriodSchema.nullable(),
    periodInPatient: relativePricePeriodSchema.nullable(),
    periodOutPatient: relativePricePeriodSchema.nullable(),
    distribution: z
      .array(z.object({ careType: distributionCareTypeSchema, period: z.number().int().min(1).max(12), percent: z.number().min(0).max(100) }))
      .describe('percentages per period (12 monthly, 4 quarterly, 1 yearly) and care type'),
  }),
  capitation: z
    .object({
      levels: z.array(z.object({ level: z.string().length(1), subLevel: z.string().length(1).nullable() })).max(4),
      shareWeights: z.object({
        population: percent(),
        families: percent(),
        insuredPopulation: percent(),
        insuredFamilies: percent(),
        visits: percent(),
        adjustedAmount: percent(),
      }),
    })
    .nullable(),
  accountCodes: z.object({ contribution: z.string().nullable(), remuneration: z.string().nullable() }),
  itemLines: z.array(productLineSchema),
  serviceLines: z.array(productLineSchema),
  version: version(),
});

export const productDeletedSchema = z.object({ id: uuid(), code: z.string().min(1).max(8), version: version() });

export type ProductState = z.infer<typeof productStateSchema>;
export type ProductLine = z.infer<typeof productLineSchema>;
export type ProductDeletedData = z.infer<typeof productDeletedSchema>;
