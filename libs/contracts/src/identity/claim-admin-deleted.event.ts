import { defineEvent } from '../event-contract';
import { claimAdminStateSchema } from './identity-fields';

export const claimAdminDeletedEvent = defineEvent({
  type: 'imis.identity.claim-admin.deleted.v1',
  description: 'A claim administrator was deleted (soft delete). Carries its last state.',
  schema: claimAdminStateSchema,
});
