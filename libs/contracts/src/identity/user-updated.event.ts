import { defineEvent } from '../event-contract';
import { userStateSchema } from './identity-fields';

export const userUpdatedEvent = defineEvent({
  type: 'imis.identity.user.updated.v1',
  description: 'A user changed (complete replacement); carries its full new state.',
  schema: userStateSchema,
});
