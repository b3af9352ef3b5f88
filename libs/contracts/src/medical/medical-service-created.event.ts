import { defineEvent } from '../event-contract';
import { medicalServiceStateSchema } from './medical-fields';

export const medicalServiceCreatedEvent = defineEvent({
  type: 'imis.medical.service.created.v1',
  description: 'A medical service (possibly a package) was added to the catalogue.',
  schema: medicalServiceStateSchema,
});
