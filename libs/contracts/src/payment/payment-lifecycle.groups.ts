import { defineEventGroup } from '../event-group';
import { controlNumberAssignedEvent } from './control-number-assigned.event';
import { paymentIntentCreatedEvent } from './payment-intent-created.event';
import { paymentMatchedEvent } from './payment-matched.event';
import { paymentReceivedEvent } from './payment-received.event';
import { paymentRejectedEvent } from './payment-rejected.event';

export const paymentLifecycle = defineEventGroup({
  service: 'payment',
  aggregate: 'payment',
  description: 'every event that records, receives, matches or rejects a payment',
  contracts: [paymentIntentCreatedEvent, controlNumberAssignedEvent, paymentReceivedEvent, paymentMatchedEvent, paymentRejectedEvent],
});
