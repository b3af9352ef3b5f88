import { z } from 'zod';
import { isoDate, uuid, version } from '../location/location-fields';
import { money } from '../medical/medical-fields';

/** openIMIS payment statuses −3, −1, 0, 1, 2, 3, 4, 5 (§5). */
export const paymentStatusSchema = z
  .enum(['REJECTED', 'INTENT_INVALID', 'INTENT', 'CONTROL_NUMBER_REQUESTED', 'CONTROL_NUMBER_POSTED', 'CONTROL_NUMBER_ASSIGNED', 'RECEIVED', 'MATCHED'])
  .describe('openIMIS −3 rejected, −1 intent invalid, 0 intent, 1 control number requested, 2 request acknowledged, 3 control number assigned, 4 received (unmatched), 5 matched');

/** One line of a payment: what it pays for, and once matched the policy and the premium it became. */
export const paymentDetailSchema = z.object({
  id: uuid(),
  insuranceNumber: z.string().min(1).max(12),
  productCode: z.string().min(1).max(8),
  policyStage: z.enum(['N', 'R']).nullable().describe('N new enrolment, R renewal; null when unknown (a payment without intent)'),
  expectedAmount: money().nullable(),
  amount: money().nullable().describe('the share of the received amount matched to this line; null until matched'),
  policyId: uuid().nullable().describe('the policy the line was matched to'),
  premiumId: uuid().nullable().describe('the premium the contribution service adds for this line (matched event), with this id'),
  renewalPolicyId: uuid()
    .nullable()
    .describe('set when the matched policy was already Active (paid in advance): the renewal policy the policy service creates, with this id, that the premium pays'),
});

/** Full state of a payment, carried by every payment event. */
export const paymentStateSchema = z.object({
  id: uuid(),
  status: paymentStatusSchema,
  officerId: uuid().nullable().describe('null: a self-payer'),
  phone: z.string().max(50).nullable(),
  language: z.string().max(5).nullable(),
  smsRequired: z.boolean(),
  expectedAmount: money().nullable(),
  receivedAmount: money().nullable(),
  controlNumber: z.string().max(50).nullable(),
  transactionNo: z.string().max(50).nullable(),
  receiptNo: z.string().max(100).nullable(),
  paymentDate: isoDate().nullable(),
  receivedAt: z.string().datetime().nullable(),
  matchedAt: z.string().datetime().nullable(),
  origin: z.string().max(50).nullable(),
  rejectedReason: z.string().max(255).nullable(),
  details: z.array(paymentDetailSchema),
  version: version(),
});

export type PaymentStatus = z.infer<typeof paymentStatusSchema>;
export type PaymentDetail = z.infer<typeof paymentDetailSchema>;
export type PaymentState = z.infer<typeof paymentStateSchema>;
