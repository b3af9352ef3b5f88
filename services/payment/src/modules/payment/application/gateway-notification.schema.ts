import { z } from 'zod';
import { unstorableText } from '@imis/kernel';

const text = (max: number) => z.string().min(1).max(max).refine((value) => unstorableText(value) === null, 'unstorable text');
const optionalText = (max: number) => text(max).nullish();

/** "The gateway assigned this control number to the payment (intent) it was asked for." */
const controlNumberAssigned = z
  .object({ id: text(100), type: z.literal('CONTROL_NUMBER_ASSIGNED'), paymentId: z.string().uuid(), controlNumber: text(50) })
  .strict();

/** "A payment was received": for an intent's control number, or without intent (then with its details). */
const paymentReceived = z
  .object({
    id: text(100),
    type: z.literal('PAYMENT_RECEIVED'),
    controlNumber: optionalText(50),
    amount: text(20),
    transactionNo: text(50),
    receiptNo: optionalText(100),
    paymentDate: text(10),
    officerCode: optionalText(8),
    phone: optionalText(50),
    details: z
      .array(z.object({ insuranceNumber: text(12), productCode: text(8) }).strict())
      .max(100)
      .nullish(),
  })
  .strict();

/** A notification's body, checked strictly (unknown keys, oversized or unstorable texts refuse it). */
export const gatewayNotificationSchema = z.discriminatedUnion('type', [controlNumberAssigned, paymentReceived]);

export type GatewayNotificationBody = z.infer<typeof gatewayNotificationSchema>;

/** The id a body claims, for the log of a refused notification (never trusted for anything else). */
export function claimedIdOf(body: unknown): string | null {
  const id = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).id : undefined;
  return typeof id === 'string' && unstorableText(id) === null ? id.slice(0, 100) : null;
}

export const NOTIFICATION_KINDS = ['CONTROL_NUMBER_ASSIGNED', 'PAYMENT_RECEIVED'] as const;
