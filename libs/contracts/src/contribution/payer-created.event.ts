import { defineEvent } from '../event-contract';
import { payerStateSchema } from './contribution-fields';

export const payerCreatedEvent = defineEvent({
  type: 'imis.contribution.payer.created.v1',
  description: 'A payer was created.',
  schema: payerStateSchema,
});
