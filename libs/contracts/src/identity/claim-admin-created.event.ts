import { defineEvent } from '../event-contract';
import { claimAdminStateSchema } from './identity-fields';

export const claimAdminCreatedEvent = defineEvent({
  type: 'imis.identity.claim-admin.created.v1',
  description: 'A claim administrator was registered.',
  schema: claimAdminStateSchema,
});
