import { z } from 'zod';
import { isoDate, uuid, version } from '../location/location-fields';
import { money } from '../medical/medical-fields';

/** openIMIS policy statuses (codes 1, 2, 4, 8, 16) and stages. */
export const policyStatusSchema = z.enum(['IDLE', 'ACTIVE', 'SUSPENDED', 'EXPIRED', 'READY']).describe('openIMIS 1 Idle, 2 Active, 4 Suspended, 8 Expired, 16 Ready');
export const policyStageSchema = z.enum(['N', 'R']).describe('N new enrolment, R renewal');

/** Full state of a policy, carried by every policy event but deletion. */
export const policyStateSchema = z.object({
  id: uuid(),
  familyId: uuid(),
  productId: uuid(),
  officerId: uuid().nullable(),
  stage: policyStageSchema,
  status: policyStatusSchema,
  value: money(),
  enrolDate: isoDate(),
  startDate: isoDate(),
  effectiveDate: isoDate().nullable().describe('null until paid'),
  expiryDate: isoDate().describe('start + insurance period months − 1 day'),
  previousPolicyId: uuid().nullable().describe('the policy a renewal continues'),
  paidTotal: money().describe("the policy's contributions, photo fees excluded, as the contribution service last reported them"),
  underpaid: z.boolean().describe('an activated policy whose contributions fell below its value (a reversal); de-activation is a user action'),
  version: version(),
});

export const policyDeletedSchema = z.object({ id: uuid(), familyId: uuid(), version: version() });

/** Nightly expiry: every policy whose expiry date passed, in batches. */
export const policiesExpiredSchema = z.object({
  expiredOn: isoDate().describe('the run date: these policies expired before it'),
  policies: z.array(z.object({ id: uuid(), familyId: uuid(), version: version() })),
});

/** One member's coverage under a policy, with its own dates. */
export const insureePolicyStateSchema = z.object({
  id: uuid(),
  policyId: uuid(),
  insureeId: uuid(),
  enrolmentDate: isoDate(),
  startDate: isoDate(),
  effectiveDate: isoDate().nullable().describe('null = not covered (not paid, or joined and not yet paid for)'),
  expiryDate: isoDate(),
  version: version(),
});

export const insureePolicyRemovedSchema = z.object({ id: uuid(), policyId: uuid(), insureeId: uuid(), version: version() });

export type PolicyState = z.infer<typeof policyStateSchema>;
export type PolicyDeletedData = z.infer<typeof policyDeletedSchema>;
export type PoliciesExpiredData = z.infer<typeof policiesExpiredSchema>;
export type InsureePolicyState = z.infer<typeof insureePolicyStateSchema>;
export type InsureePolicyRemovedData = z.infer<typeof insureePolicyRemovedSchema>;
