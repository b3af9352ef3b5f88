import { defineEvent } from '../event-contract';
import { paymentStateSchema } from './payment-fields';

export const paymentMatchedEvent = defineEvent({
  type: 'imis.payment.payment.matched.v1',
  description: 'A received payment was matched: each detail names its policy, its share and the premium the contribution service adds with that id.',
  schema: paymentStateSchema,
});
