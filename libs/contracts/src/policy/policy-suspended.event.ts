import { defineEvent } from '../event-contract';
import { policyStateSchema } from './policy-fields';

export const policySuspendedEvent = defineEvent({
  type: 'imis.policy.policy.suspended.v1',
  description: 'A policy was suspended by a user.',
  schema: policyStateSchema,
});
