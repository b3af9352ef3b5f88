import { defineEvent } from '../event-contract';
import { catalogueEntryDeletedSchema } from './medical-fields';

export const medicalItemDeletedEvent = defineEvent({
  type: 'imis.medical.item.deleted.v1',
  description: 'A medical item was deleted from the catalogue (claims can no longer use it).',
  schema: catalogueEntryDeletedSchema,
});
