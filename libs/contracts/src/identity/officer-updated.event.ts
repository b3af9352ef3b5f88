import { defineEvent } from '../event-contract';
import { officerStateSchema } from './identity-fields';

export const officerUpdatedEvent = defineEvent({
  type: 'imis.identity.officer.updated.v1',
  description: 'An enrolment officer changed; carries its full new state.',
  schema: officerStateSchema,
});
