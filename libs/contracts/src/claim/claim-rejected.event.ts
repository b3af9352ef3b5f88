import { defineEvent } from '../event-contract';
import { claimStateSchema } from './claim-fields';

export const claimRejectedEvent = defineEvent({
  type: 'imis.claim.claim.rejected.v1',
  description: 'A claim was rejected (status REJECTED) with a claim-level reason, or because no line passed.',
  schema: claimStateSchema,
});
