import { defineEvent } from '../event-contract';
import { paymentStateSchema } from './payment-fields';

export const controlNumberAssignedEvent = defineEvent({
  type: 'imis.payment.payment.control-number-assigned.v1',
  description: 'The payment gateway assigned a control number to a payment intent.',
  schema: paymentStateSchema,
});
