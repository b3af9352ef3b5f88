import { defineEvent } from '../event-contract';
import { policyDeletedSchema } from './policy-fields';

export const policyDeletedEvent = defineEvent({
  type: 'imis.policy.policy.deleted.v1',
  description: 'A policy was deleted with its members’ coverage rows.',
  schema: policyDeletedSchema,
});
