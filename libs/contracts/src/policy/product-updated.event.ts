import { defineEvent } from '../event-contract';
import { productStateSchema } from './product-fields';

export const productUpdatedEvent = defineEvent({
  type: 'imis.policy.product.updated.v1',
  description: 'A product changed (full new state with all its lines).',
  schema: productStateSchema,
});
