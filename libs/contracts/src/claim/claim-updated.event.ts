import { defineEvent } from '../event-contract';
import { claimStateSchema } from './claim-fields';

export const claimUpdatedEvent = defineEvent({
  type: 'imis.claim.claim.updated.v1',
  description: 'An ENTERED claim not yet submitted was changed; its lines were recreated and its claimed total recomputed.',
  schema: claimStateSchema,
});
