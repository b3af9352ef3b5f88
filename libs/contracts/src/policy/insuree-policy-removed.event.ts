import { defineEvent } from '../event-contract';
import { insureePolicyRemovedSchema } from './policy-fields';

export const insureePolicyRemovedEvent = defineEvent({
  type: 'imis.policy.insuree-policy.removed.v1',
  description: 'A member’s coverage row was removed (left the family, or the policy was deleted).',
  schema: insureePolicyRemovedSchema,
});
