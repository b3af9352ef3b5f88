import { defineEvent } from '../event-contract';
import { policyUsageRecordedSchema } from './claim-fields';

export const policyUsageRecordedEvent = defineEvent({
  type: 'imis.claim.policy-usage.recorded.v1',
  description:
    'An adjudicated claim used these policies of its insuree (remunerated amounts, approved quantities, category): the latest claimVersion of a claim replaces its earlier usage.',
  schema: policyUsageRecordedSchema,
});
