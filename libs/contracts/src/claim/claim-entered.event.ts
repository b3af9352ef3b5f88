import { defineEvent } from '../event-contract';
import { claimStateSchema } from './claim-fields';

export const claimEnteredEvent = defineEvent({
  type: 'imis.claim.claim.entered.v1',
  description: 'A claim was entered (status ENTERED), by a user, a bulk upload or the restore of a rejected claim.',
  schema: claimStateSchema,
});
