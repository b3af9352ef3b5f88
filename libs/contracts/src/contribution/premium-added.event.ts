import { defineEvent } from '../event-contract';
import { premiumStateSchema } from './contribution-fields';

export const premiumAddedEvent = defineEvent({
  type: 'imis.contribution.premium.added.v1',
  description: 'A premium was added to a policy (by a user, a matched payment or a funding); carries the policy’s paid total after it.',
  schema: premiumStateSchema,
});
