import { defineEvent } from '../event-contract';
import { insureeDeletedSchema } from './insuree-fields';

export const insureeDeletedEvent = defineEvent({
  type: 'imis.insuree.insuree.deleted.v1',
  description: 'An insuree was deleted.',
  schema: insureeDeletedSchema,
});
