import { defineEvent } from '../event-contract';
import { fundingRecordedSchema } from './contribution-fields';

export const fundingRecordedEvent = defineEvent({
  type: 'imis.contribution.funding.recorded.v1',
  description: 'A payer funded a product: the policy service creates the funding policy it names.',
  schema: fundingRecordedSchema,
});
