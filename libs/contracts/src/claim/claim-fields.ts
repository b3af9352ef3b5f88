import { z } from 'zod';
import { isoDate, uuid, version } from '../location/location-fields';
import { money, serviceCategorySchema } from '../medical/medical-fields';

/** openIMIS claim statuses (codes 1, 2, 4, 8, 16). */
export const claimStatusSchema = z
  .enum(['REJECTED', 'ENTERED', 'CHECKED', 'PROCESSED', 'VALUATED'])
  .describe('openIMIS 1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated');
export const visitTypeSchema = z.enum(['O', 'E', 'R']).describe('O other, E emergency, R referral (chooses the product limit columns)');
export const claimLineStatusSchema = z.enum(['PASSED', 'REJECTED']).describe('openIMIS 1 Passed, 2 Rejected');
export const claimPriceOriginSchema = z.enum(['P', 'O', 'R']).describe('P price list, O provider’s own price, R relative price');
export const claimLimitationSchema = z.enum(['C', 'F']).describe('C co-insurance (insurer pays limit %), F fixed (insurer pays at most limit per unit)');
export const rejectionReasonSchema = z
  .number()
  .int()
  .min(-2)
  .max(21)
  .describe(
    'openIMIS rejection reason: −2 AI, −1 medical officer, 0 accepted, 1 not in registers, 2 not in price list, 3 no covering policy, 4 patient category, 5 frequency, 7 invalid insuree, 9 invalid target date, 10 care type, 11–15 and 19 category maxima, 16 maximum quantity, 17 waiting period, 20 invalid claim, 21 no coverage',
  );

/**
 * One line of a claim (an item or a service). Entry fills the provider’s fields; adjudication the rest (null
 * until then): status and reason, the product and policy that cover it, approved and valuated amounts, the
 * deductible and ceiling shares and what the scheme pays (remunerated).
 */
export const claimLineStateSchema = z.object({
  id: uuid(),
  itemId: uuid().nullable().describe('set on an item line'),
  serviceId: uuid().nullable().describe('set on a service line'),
  quantityProvided: z.number().positive(),
  priceAsked: money(),
  explanation: z.string().nullable(),
  status: claimLineStatusSchema.nullable().describe('null until checked'),
  rejectionReason: rejectionReasonSchema.nullable(),
  productId: uuid().nullable().describe('the covering product, assigned when checked'),
  policyId: uuid().nullable().describe('the covering policy, assigned when checked'),
  priceOrigin: claimPriceOriginSchema.nullable(),
  limitation: claimLimitationSchema.nullable(),
  limitationValue: money().nullable(),
  quantityApproved: z.number().nonnegative().nullable(),
  priceAdjusted: money().nullable(),
  priceApproved: money().nullable(),
  priceValuated: money().nullable(),
  deductibleAmount: money().nullable(),
  exceedCeilingAmount: money().nullable(),
  exceedCeilingAmountCategory: money().nullable(),
  remuneratedAmount: money().nullable().describe('what the scheme pays for the line (after deductible, limits and ceilings)'),
  justification: z.string().nullable().describe('the reviewer’s note'),
});

/** Full state of a claim with its current lines, carried by every claim event but deletion. */
export const claimStateSchema = z.object({
  id: uuid(),
  code: z.string().min(1).max(20).describe('unique among the current claims of the facility'),
  insureeId: uuid(),
  healthFacilityId: uuid(),
  claimAdminId: uuid().nullable().describe('the claim administrator who entered it, if any'),
  dateFrom: isoDate(),
  dateTo: isoDate().nullable(),
  dateClaimed: isoDate(),
  targetDate: isoDate().describe('dateTo ?? dateFrom: the date coverage and limits are judged at'),
  visitType: visitTypeSchema,
  category: serviceCategorySchema.nullable().describe('claim category, set when checked'),
  mainDiagnosisId: uuid(),
  secondaryDiagnosisIds: z.array(uuid()).max(4),
  explanation: z.string().nullable(),
  status: claimStatusSchema,
  rejectionReason: rejectionReasonSchema,
  queued: z.boolean().describe('submitted and waiting for adjudication (status stays ENTERED until checked)'),
  submittedAt: z.string().datetime({ offset: true }).nullable(),
  claimed: money().describe('Σ quantity provided × price asked'),
  approved: money().nullable(),
  valuated: money().nullable(),
  remunerated: money().nullable(),
  restoredFromId: uuid().nullable().describe('the rejected claim this one restores'),
  items: z.array(claimLineStateSchema),
  services: z.array(claimLineStateSchema),
  version: version(),
});

export const claimDeletedSchema = z.object({ id: uuid(), code: z.string().min(1), healthFacilityId: uuid(), insureeId: uuid(), version: version() });

/** One policy’s share of an adjudicated claim: what the policy service counts against its limits. */
export const policyUsageSchema = z.object({
  policyId: uuid(),
  productId: uuid(),
  remunerated: money().describe('Σ remunerated amounts of the claim’s lines covered by this policy'),
  deductible: money(),
  exceedCeiling: money(),
  items: z.array(z.object({ itemId: uuid(), quantity: z.number().nonnegative() })).describe('approved quantities per item'),
  services: z.array(z.object({ serviceId: uuid(), quantity: z.number().nonnegative() })).describe('approved quantities per service'),
});

/**
 * A claim’s use of its insuree’s policies after adjudication (the latest replaces the earlier ones of the same
 * claim: keep the highest claimVersion). A policy with usage may not be deleted.
 */
export const policyUsageRecordedSchema = z.object({
  claimId: uuid(),
  claimVersion: version(),
  insureeId: uuid(),
  healthFacilityId: uuid(),
  targetDate: isoDate(),
  inPatient: z.boolean().describe('the claim spans more than one day'),
  category: serviceCategorySchema.nullable().describe('the claim category (counted against the product’s category maxima)'),
  status: claimStatusSchema,
  policies: z.array(policyUsageSchema).describe('empty: the claim no longer uses any policy (rejected)'),
});

export type ClaimStatus = z.infer<typeof claimStatusSchema>;
export type ClaimLineState = z.infer<typeof claimLineStateSchema>;
export type ClaimState = z.infer<typeof claimStateSchema>;
export type ClaimDeletedData = z.infer<typeof claimDeletedSchema>;
export type PolicyUsage = z.infer<typeof policyUsageSchema>;
export type PolicyUsageRecordedData = z.infer<typeof policyUsageRecordedSchema>;
