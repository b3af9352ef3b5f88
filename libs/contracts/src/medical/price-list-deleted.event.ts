import { defineEvent } from '../event-contract';
import { priceListDeletedSchema } from './medical-fields';

export const priceListDeletedEvent = defineEvent({
  type: 'imis.medical.price-list.deleted.v1',
  description: 'A price list was deleted (facilities assigned to it no longer have one of that kind).',
  schema: priceListDeletedSchema,
});
