import { defineEvent } from '../event-contract';
import { claimStateSchema } from './claim-fields';

export const claimValuatedEvent = defineEvent({
  type: 'imis.claim.claim.valuated.v1',
  description: 'A claim was valuated (status VALUATED): remunerated amounts are final.',
  schema: claimStateSchema,
});
