import { defineEventGroup } from '../event-group';
import { insureePolicyAddedEvent } from './insuree-policy-added.event';
import { insureePolicyRemovedEvent } from './insuree-policy-removed.event';
import { insureePolicyUpdatedEvent } from './insuree-policy-updated.event';
import { policiesExpiredEvent } from './policies-expired.event';
import { policyActivatedEvent } from './policy-activated.event';
import { policyCreatedEvent } from './policy-created.event';
import { policyDeletedEvent } from './policy-deleted.event';
import { policyRenewedEvent } from './policy-renewed.event';
import { policySuspendedEvent } from './policy-suspended.event';
import { policyUpdatedEvent } from './policy-updated.event';
import { productCreatedEvent } from './product-created.event';
import { productDeletedEvent } from './product-deleted.event';
import { productUpdatedEvent } from './product-updated.event';

export const productLifecycle = defineEventGroup({
  service: 'policy',
  aggregate: 'product',
  description: 'every event that creates, changes or deletes a product',
  contracts: [productCreatedEvent, productUpdatedEvent, productDeletedEvent],
});

export const policyLifecycle = defineEventGroup({
  service: 'policy',
  aggregate: 'policy',
  description: 'every event that creates, changes, expires or deletes a policy',
  contracts: [
    policyCreatedEvent,
    policyRenewedEvent,
    policyUpdatedEvent,
    policyActivatedEvent,
    policySuspendedEvent,
    policiesExpiredEvent,
    policyDeletedEvent,
  ],
});

export const insureePolicyLifecycle = defineEventGroup({
  service: 'policy',
  aggregate: 'insuree-policy',
  description: "every event that adds, changes or removes a member's coverage row",
  contracts: [insureePolicyAddedEvent, insureePolicyUpdatedEvent, insureePolicyRemovedEvent],
});
