import { defineEvent } from '../event-contract';
import { paymentStateSchema } from './payment-fields';

export const paymentRejectedEvent = defineEvent({
  type: 'imis.payment.payment.rejected.v1',
  description: 'A payment (or a notification) was rejected, with its reason; nothing was matched.',
  schema: paymentStateSchema,
});
