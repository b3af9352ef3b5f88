import { defineEventGroup } from '../event-group';
import { familyCreatedEvent } from './family-created.event';
import { familyDeletedEvent } from './family-deleted.event';
import { familyHeadChangedEvent } from './family-head-changed.event';
import { familyUpdatedEvent } from './family-updated.event';
import { insureeCreatedEvent } from './insuree-created.event';
import { insureeDeletedEvent } from './insuree-deleted.event';
import { insureeMovedEvent } from './insuree-moved.event';
import { insureeStatusChangedEvent } from './insuree-status-changed.event';
import { insureeUpdatedEvent } from './insuree-updated.event';
import { insureesImportedEvent } from './insurees-imported.event';

/** Every event that creates, changes or deletes an insuree, bulk imports and head changes included. */
export const insureeLifecycle = defineEventGroup({
  service: 'insuree',
  aggregate: 'insuree',
  description: 'every event that creates, changes or deletes an insuree',
  contracts: [
    insureeCreatedEvent,
    insureeUpdatedEvent,
    insureeStatusChangedEvent,
    insureeMovedEvent,
    insureeDeletedEvent,
    familyHeadChangedEvent,
    insureesImportedEvent,
  ],
});

/** Every event that creates, changes or deletes a family, bulk imports included. */
export const familyLifecycle = defineEventGroup({
  service: 'insuree',
  aggregate: 'family',
  description: 'every event that creates, changes or deletes a family',
  contracts: [familyCreatedEvent, familyUpdatedEvent, familyHeadChangedEvent, familyDeletedEvent, insureesImportedEvent],
});
