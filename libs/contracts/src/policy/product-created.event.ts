import { defineEvent } from '../event-contract';
import { productStateSchema } from './product-fields';

export const productCreatedEvent = defineEvent({
  type: 'imis.policy.product.created.v1',
  description: 'A product was created (with all its item and service lines).',
  schema: productStateSchema,
});
