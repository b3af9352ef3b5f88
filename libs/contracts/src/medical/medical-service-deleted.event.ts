import { defineEvent } from '../event-contract';
import { catalogueEntryDeletedSchema } from './medical-fields';

export const medicalServiceDeletedEvent = defineEvent({
  type: 'imis.medical.service.deleted.v1',
  description: 'A medical service was deleted from the catalogue.',
  schema: catalogueEntryDeletedSchema,
});
