import { defineEvent } from '../event-contract';
import { medicalServiceStateSchema } from './medical-fields';

export const medicalServiceUpdatedEvent = defineEvent({
  type: 'imis.medical.service.updated.v1',
  description: 'A medical service changed (full new state, package lines included).',
  schema: medicalServiceStateSchema,
});
