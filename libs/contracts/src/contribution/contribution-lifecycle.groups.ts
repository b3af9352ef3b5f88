import { defineEventGroup } from '../event-group';
import { fundingRecordedEvent } from './funding-recorded.event';
import { payerCreatedEvent } from './payer-created.event';
import { payerDeletedEvent } from './payer-deleted.event';
import { payerUpdatedEvent } from './payer-updated.event';
import { premiumAddedEvent } from './premium-added.event';
import { premiumDeletedEvent } from './premium-deleted.event';
import { premiumUpdatedEvent } from './premium-updated.event';

export const premiumLifecycle = defineEventGroup({
  service: 'contribution',
  aggregate: 'premium',
  description: 'every event that adds, changes or reverses a premium',
  contracts: [premiumAddedEvent, premiumUpdatedEvent, premiumDeletedEvent],
});

export const payerLifecycle = defineEventGroup({
  service: 'contribution',
  aggregate: 'payer',
  description: 'every event that creates, changes or deletes a payer',
  contracts: [payerCreatedEvent, payerUpdatedEvent, payerDeletedEvent],
});

export const fundingLifecycle = defineEventGroup({
  service: 'contribution',
  aggregate: 'funding',
  description: 'every event that records a funding of a product by a payer',
  contracts: [fundingRecordedEvent],
});
