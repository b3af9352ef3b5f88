import { defineEvent } from '../event-contract';
import { paymentStateSchema } from './payment-fields';

export const paymentIntentCreatedEvent = defineEvent({
  type: 'imis.payment.payment.intent-created.v1',
  description: 'A payment intent was recorded (status INTENT, or INTENT_INVALID with its reason) with its expected amounts.',
  schema: paymentStateSchema,
});
