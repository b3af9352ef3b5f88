import type { PaymentStatus } from '@imis/contracts';

/** The payment statuses in openIMIS order (−3, −1, 0, 1, 2, 3, 4, 5: payment-fields of the contracts). */
export const PAYMENT_STATUSES = [
  'REJECTED',
  'INTENT_INVALID',
  'INTENT',
  'CONTROL_NUMBER_REQUESTED',
  'CONTROL_NUMBER_POSTED',
  'CONTROL_NUMBER_ASSIGNED',
  'RECEIVED',
  'MATCHED',
] as const satisfies readonly PaymentStatus[];

export type { PaymentStatus };

/** Statuses in which the gateway may still assign a control number (its callback may overtake its acknowledgement). */
export const AWAITING_CONTROL_NUMBER: readonly PaymentStatus[] = ['CONTROL_NUMBER_REQUESTED', 'CONTROL_NUMBER_POSTED'];
