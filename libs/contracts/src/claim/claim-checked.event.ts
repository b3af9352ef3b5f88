import { defineEvent } from '../event-contract';
import { claimStateSchema } from './claim-fields';

export const claimCheckedEvent = defineEvent({
  type: 'imis.claim.claim.checked.v1',
  description: 'A submitted claim passed checking (status CHECKED): lines carry status, reason, product and policy, approved amounts.',
  schema: claimStateSchema,
});
