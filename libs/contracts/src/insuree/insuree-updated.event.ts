import { defineEvent } from '../event-contract';
import { insureeStateSchema } from './insuree-fields';

export const insureeUpdatedEvent = defineEvent({
  type: 'imis.insuree.insuree.updated.v1',
  description: "An insuree's details changed.",
  schema: insureeStateSchema,
});
