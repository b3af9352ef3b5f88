import { defineEvent } from '../event-contract';
import { priceListStateSchema } from './medical-fields';

export const priceListUpdatedEvent = defineEvent({
  type: 'imis.medical.price-list.updated.v1',
  description: 'A price list changed (full new state with all its detail rows).',
  schema: priceListStateSchema,
});
