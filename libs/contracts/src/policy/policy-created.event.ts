import { defineEvent } from '../event-contract';
import { policyStateSchema } from './policy-fields';

export const policyCreatedEvent = defineEvent({
  type: 'imis.policy.policy.created.v1',
  description: 'A new policy (stage N) was created, Idle until paid.',
  schema: policyStateSchema,
});
