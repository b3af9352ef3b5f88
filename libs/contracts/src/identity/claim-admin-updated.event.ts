import { defineEvent } from '../event-contract';
import { claimAdminStateSchema } from './identity-fields';

export const claimAdminUpdatedEvent = defineEvent({
  type: 'imis.identity.claim-admin.updated.v1',
  description: 'A claim administrator changed; carries its full new state.',
  schema: claimAdminStateSchema,
});
