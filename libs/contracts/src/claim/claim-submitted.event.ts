import { defineEvent } from '../event-contract';
import { claimStateSchema } from './claim-fields';

export const claimSubmittedEvent = defineEvent({
  type: 'imis.claim.claim.submitted.v1',
  description: 'A claim was submitted: queued for adjudication (status stays ENTERED until checked).',
  schema: claimStateSchema,
});
