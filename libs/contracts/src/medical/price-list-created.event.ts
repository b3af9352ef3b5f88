import { defineEvent } from '../event-contract';
import { priceListStateSchema } from './medical-fields';

export const priceListCreatedEvent = defineEvent({
  type: 'imis.medical.price-list.created.v1',
  description: 'An items or services price list was created (with all its detail rows).',
  schema: priceListStateSchema,
});
