import { defineEvent } from '../event-contract';
import { insureeStateSchema } from './insuree-fields';

export const insureeCreatedEvent = defineEvent({
  type: 'imis.insuree.insuree.created.v1',
  description: 'An insuree was registered.',
  schema: insureeStateSchema,
});
