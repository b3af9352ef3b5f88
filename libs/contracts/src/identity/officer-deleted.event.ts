import { defineEvent } from '../event-contract';
import { officerStateSchema } from './identity-fields';

export const officerDeletedEvent = defineEvent({
  type: 'imis.identity.officer.deleted.v1',
  description: 'An enrolment officer was deleted (soft delete). Carries its last state.',
  schema: officerStateSchema,
});
