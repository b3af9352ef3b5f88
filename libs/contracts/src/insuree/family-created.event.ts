import { defineEvent } from '../event-contract';
import { familyStateSchema } from './insuree-fields';

export const familyCreatedEvent = defineEvent({
  type: 'imis.insuree.family.created.v1',
  description: 'A family was registered (its head is announced by insuree.created).',
  schema: familyStateSchema,
});
