import { defineEvent } from '../event-contract';
import { medicalItemStateSchema } from './medical-fields';

export const medicalItemUpdatedEvent = defineEvent({
  type: 'imis.medical.item.updated.v1',
  description: 'A medical item changed (full new state).',
  schema: medicalItemStateSchema,
});
