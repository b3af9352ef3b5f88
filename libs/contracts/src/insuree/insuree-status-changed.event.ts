import { defineEvent } from '../event-contract';
import { insureeStatusChangedSchema } from './insuree-fields';

export const insureeStatusChangedEvent = defineEvent({
  type: 'imis.insuree.insuree.status-changed.v1',
  description: 'An insuree became active, inactive or dead.',
  schema: insureeStatusChangedSchema,
});
