import { defineEvent } from '../event-contract';
import { paymentStateSchema } from './payment-fields';

export const paymentReceivedEvent = defineEvent({
  type: 'imis.payment.payment.received.v1',
  description: 'A payment was received (from the gateway’s notification or entered by hand) and waits to be matched.',
  schema: paymentStateSchema,
});
