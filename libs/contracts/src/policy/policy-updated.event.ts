import { defineEvent } from '../event-contract';
import { policyStateSchema } from './policy-fields';

export const policyUpdatedEvent = defineEvent({
  type: 'imis.policy.policy.updated.v1',
  description: 'A policy changed while Idle (value, dates, officer), or its value was recomputed after a member change.',
  schema: policyStateSchema,
});
