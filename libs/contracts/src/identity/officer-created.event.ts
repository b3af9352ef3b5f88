import { defineEvent } from '../event-contract';
import { officerStateSchema } from './identity-fields';

export const officerCreatedEvent = defineEvent({
  type: 'imis.identity.officer.created.v1',
  description: 'An enrolment officer was registered.',
  schema: officerStateSchema,
});
