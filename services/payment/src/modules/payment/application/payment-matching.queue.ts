import { defineJobQueue } from '@imis/jobs';

/**
 * A matching run: `paymentId` (enqueued when it is received) is matched first, with up to a chunk of other
 * received payments waiting (so that a burst of arrivals is matched in batches); `all` (matchPayments)
 * matches every received payment, chunk after chunk. Idempotent: a payment already matched is skipped.
 */
export type PaymentMatchingPayload = { paymentId: string } | { all: true };

export const paymentMatchingQueue = defineJobQueue<PaymentMatchingPayload>({ name: 'payment-matching', attempts: 5, backoff: { type: 'exponential', delayMs: 2_000 } });
