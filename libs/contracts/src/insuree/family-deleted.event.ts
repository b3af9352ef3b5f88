import { defineEvent } from '../event-contract';
import { familyDeletedSchema } from './insuree-fields';

export const familyDeletedEvent = defineEvent({
  type: 'imis.insuree.family.deleted.v1',
  description: 'A family was deleted, with its members or leaving them without a family.',
  schema: familyDeletedSchema,
});
