import { defineEvent } from '../event-contract';
import { userStateSchema } from './identity-fields';

export const userCreatedEvent = defineEvent({
  type: 'imis.identity.user.created.v1',
  description: 'A user was created.',
  schema: userStateSchema,
});
