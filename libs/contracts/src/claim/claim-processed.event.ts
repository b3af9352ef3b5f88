import { defineEvent } from '../event-contract';
import { claimStateSchema } from './claim-fields';

export const claimProcessedEvent = defineEvent({
  type: 'imis.claim.claim.processed.v1',
  description: 'A claim was processed (status PROCESSED): some lines wait for a relative-price batch run.',
  schema: claimStateSchema,
});
