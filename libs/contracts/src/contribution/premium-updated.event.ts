import { defineEvent } from '../event-contract';
import { premiumStateSchema } from './contribution-fields';

export const premiumUpdatedEvent = defineEvent({
  type: 'imis.contribution.premium.updated.v1',
  description: 'A premium was changed (amount, pay date, receipt, payer…); carries the policy’s paid total after it.',
  schema: premiumStateSchema,
});
