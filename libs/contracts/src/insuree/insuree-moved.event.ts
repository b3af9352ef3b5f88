import { defineEvent } from '../event-contract';
import { insureeMovedSchema } from './insuree-fields';

export const insureeMovedEvent = defineEvent({
  type: 'imis.insuree.insuree.moved.v1',
  description: 'An insuree joined another family, left its family, or its family moved to another village.',
  schema: insureeMovedSchema,
});
