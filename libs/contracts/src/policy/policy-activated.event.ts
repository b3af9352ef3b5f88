import { defineEvent } from '../event-contract';
import { policyStateSchema } from './policy-fields';

export const policyActivatedEvent = defineEvent({
  type: 'imis.policy.policy.activated.v1',
  description: 'A policy became Active (or Ready) when its contributions reached its value: effective date set.',
  schema: policyStateSchema,
});
