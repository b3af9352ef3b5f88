import { defineEvent } from '../event-contract';
import { claimDeletedSchema } from './claim-fields';

export const claimDeletedEvent = defineEvent({
  type: 'imis.claim.claim.deleted.v1',
  description: 'A claim was deleted (soft delete).',
  schema: claimDeletedSchema,
});
