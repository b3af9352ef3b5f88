import { defineEvent } from '../event-contract';
import { userStateSchema } from './identity-fields';

export const userDeletedEvent = defineEvent({
  type: 'imis.identity.user.deleted.v1',
  description: 'A user was deleted (soft delete); its sessions were revoked. Carries its last state.',
  schema: userStateSchema,
});
