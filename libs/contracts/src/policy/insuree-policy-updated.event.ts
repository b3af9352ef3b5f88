import { defineEvent } from '../event-contract';
import { insureePolicyStateSchema } from './policy-fields';

export const insureePolicyUpdatedEvent = defineEvent({
  type: 'imis.policy.insuree-policy.updated.v1',
  description: 'A member’s coverage dates changed (effective date set on payment, dates moved with the policy).',
  schema: insureePolicyStateSchema,
});
