import { defineEvent } from '../event-contract';
import { medicalItemStateSchema } from './medical-fields';

export const medicalItemCreatedEvent = defineEvent({
  type: 'imis.medical.item.created.v1',
  description: 'A medical item (drug or consumable) was added to the catalogue.',
  schema: medicalItemStateSchema,
});
