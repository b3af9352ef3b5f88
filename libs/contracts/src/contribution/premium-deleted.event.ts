import { defineEvent } from '../event-contract';
import { premiumDeletedSchema } from './contribution-fields';

export const premiumDeletedEvent = defineEvent({
  type: 'imis.contribution.premium.deleted.v1',
  description: 'A premium was reversed (soft-deleted); carries the policy’s paid total after it, which may now be below its value.',
  schema: premiumDeletedSchema,
});
