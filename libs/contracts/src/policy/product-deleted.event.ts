import { defineEvent } from '../event-contract';
import { productDeletedSchema } from './product-fields';

export const productDeletedEvent = defineEvent({
  type: 'imis.policy.product.deleted.v1',
  description: 'A product was deleted (no new policies; existing ones keep it).',
  schema: productDeletedSchema,
});
