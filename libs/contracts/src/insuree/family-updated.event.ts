import { defineEvent } from '../event-contract';
import { familyStateSchema } from './insuree-fields';

export const familyUpdatedEvent = defineEvent({
  type: 'imis.insuree.family.updated.v1',
  description: "A family's details changed (a new village is also announced for each member by insuree.moved).",
  schema: familyStateSchema,
});
