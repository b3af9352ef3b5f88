import { defineEvent } from '../event-contract';
import { claimStateSchema } from './claim-fields';

export const claimSetAsideEvent = defineEvent({
  type: 'imis.claim.claim.set-aside.v1',
  description:
    'Adjudication could not run on a submitted claim (a rule failed on it): it left the queue and stays ENTERED, to be corrected if need be and submitted again.',
  schema: claimStateSchema,
});
