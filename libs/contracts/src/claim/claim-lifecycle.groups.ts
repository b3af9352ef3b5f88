import { defineEventGroup } from '../event-group';
import { claimCheckedEvent } from './claim-checked.event';
import { claimDeletedEvent } from './claim-deleted.event';
import { claimEnteredEvent } from './claim-entered.event';
import { claimProcessedEvent } from './claim-processed.event';
import { claimRejectedEvent } from './claim-rejected.event';
import { claimSetAsideEvent } from './claim-set-aside.event';
import { claimSubmittedEvent } from './claim-submitted.event';
import { claimUpdatedEvent } from './claim-updated.event';
import { claimValuatedEvent } from './claim-valuated.event';
import { policyUsageRecordedEvent } from './policy-usage-recorded.event';

export const claimLifecycle = defineEventGroup({
  service: 'claim',
  aggregate: 'claim',
  description: 'every event that enters, changes, adjudicates or deletes a claim',
  contracts: [
    claimEnteredEvent,
    claimUpdatedEvent,
    claimSubmittedEvent,
    claimSetAsideEvent,
    claimCheckedEvent,
    claimRejectedEvent,
    claimValuatedEvent,
    claimProcessedEvent,
    claimDeletedEvent,
  ],
});

export const policyUsageLifecycle = defineEventGroup({
  service: 'claim',
  aggregate: 'policy-usage',
  description: 'every event that records which policies a claim used',
  contracts: [policyUsageRecordedEvent],
});
