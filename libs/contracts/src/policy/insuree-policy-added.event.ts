import { defineEvent } from '../event-contract';
import { insureePolicyStateSchema } from './policy-fields';

export const insureePolicyAddedEvent = defineEvent({
  type: 'imis.policy.insuree-policy.added.v1',
  description: 'A member got a coverage row under a policy (at creation, renewal, or on joining the family).',
  schema: insureePolicyStateSchema,
});
