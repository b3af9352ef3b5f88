import { defineEvent } from '../event-contract';
import { payerStateSchema } from './contribution-fields';

export const payerUpdatedEvent = defineEvent({
  type: 'imis.contribution.payer.updated.v1',
  description: 'A payer was changed.',
  schema: payerStateSchema,
});
