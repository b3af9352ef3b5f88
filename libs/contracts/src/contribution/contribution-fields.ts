import { z } from 'zod';
import { isoDate, uuid, version } from '../location/location-fields';
import { money } from '../medical/medical-fields';

/** openIMIS pay types and payer types. */
export const payTypeSchema = z.enum(['C', 'B', 'M', 'F']).describe('C cash, B bank transfer, M mobile phone, F funding');
export const payerTypeSchema = z
  .enum(['C', 'D', 'G', 'L', 'O', 'P'])
  .describe('C cooperative, D donor, G government, L local authority, O other, P private organisation');

/**
 * Where a policy's contributions stand after a change: what the policy service needs to activate it or flag
 * it underpaid, without calling back. `revision` grows by one with every change to the policy's premiums, so
 * a consumer applies a redelivered older state never over a newer one.
 */
export const policyContributionsSchema = z.object({
  policyId: uuid(),
  paidTotal: money().describe('sum of the current premiums of the policy, photo fees excluded'),
  lastPayDate: isoDate().nullable().describe('pay date of the latest current premium that is not a photo fee; null when none'),
  revision: z.number().int().positive(),
});

/** Full state of a premium (a contribution), carried by its added and updated events. */
export const premiumStateSchema = z.object({
  id: uuid(),
  policyId: uuid(),
  payerId: uuid().nullable(),
  amount: money(),
  receipt: z.string().min(1).max(50),
  payDate: isoDate(),
  payType: payTypeSchema,
  isPhotoFee: z.boolean(),
  isOffline: z.boolean(),
  source: z.string().max(50).nullable().describe('where the premium came from: null for a user, "payment" for a matched mobile payment, "funding"'),
  version: version(),
  policyContributions: policyContributionsSchema,
});

export const premiumDeletedSchema = z.object({
  id: uuid(),
  policyId: uuid(),
  version: version(),
  policyContributions: policyContributionsSchema,
});

/** Full state of a payer (who pays premiums: a government, a donor…), with its location. */
export const payerStateSchema = z.object({
  id: uuid(),
  type: payerTypeSchema,
  name: z.string().min(1).max(100),
  address: z.string().max(100).nullable(),
  locationId: uuid().nullable().describe('null: national'),
  phone: z.string().max(50).nullable(),
  fax: z.string().max(50).nullable(),
  email: z.string().max(100).nullable(),
  version: version(),
});

export const payerDeletedSchema = z.object({ id: uuid(), version: version() });

/**
 * A payer funded a product (§4 funding): the policy service creates the funding policy with the id given
 * here (Active, start = effective = pay date) for the pseudo-family of the product location; the premium of
 * type F on that policy is announced by its own premiumAdded event.
 */
export const fundingRecordedSchema = z.object({
  id: uuid().describe('the funding'),
  payerId: uuid(),
  productId: uuid(),
  locationId: uuid().nullable().describe("the product's location the funding is for; null: national"),
  policyId: uuid().describe('the funding policy the policy service creates'),
  premiumId: uuid(),
  amount: money(),
  receipt: z.string().min(1).max(50),
  payDate: isoDate(),
  version: version(),
});

export type PolicyContributions = z.infer<typeof policyContributionsSchema>;
export type PremiumState = z.infer<typeof premiumStateSchema>;
export type PremiumDeletedData = z.infer<typeof premiumDeletedSchema>;
export type PayerState = z.infer<typeof payerStateSchema>;
export type PayerDeletedData = z.infer<typeof payerDeletedSchema>;
export type FundingRecordedData = z.infer<typeof fundingRecordedSchema>;
