import { defineEvent } from '../event-contract';
import { payerDeletedSchema } from './contribution-fields';

export const payerDeletedEvent = defineEvent({
  type: 'imis.contribution.payer.deleted.v1',
  description: 'A payer was deleted (soft).',
  schema: payerDeletedSchema,
});
