import { defineEvent } from '../event-contract';
import { policiesExpiredSchema } from './policy-fields';

export const policiesExpiredEvent = defineEvent({
  type: 'imis.policy.policy.expired.v1',
  description: 'A batch of policies whose expiry date passed became Expired (nightly job).',
  schema: policiesExpiredSchema,
});
