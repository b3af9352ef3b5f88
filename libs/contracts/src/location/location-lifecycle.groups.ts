import { defineEventGroup } from '../event-group';
import { healthFacilityCreatedEvent } from './health-facility-created.event';
import { healthFacilityDeletedEvent } from './health-facility-deleted.event';
import { healthFacilityUpdatedEvent } from './health-facility-updated.event';
import { locationCreatedEvent } from './location-created.event';
import { locationDeletedEvent } from './location-deleted.event';
import { locationMovedEvent } from './location-moved.event';
import { locationUpdatedEvent } from './location-updated.event';

/** Every event that creates, changes, moves or deletes a location. */
export const locationLifecycle = defineEventGroup({
  service: 'location',
  aggregate: 'location',
  description: 'every event that creates, changes, moves or deletes a location',
  contracts: [locationCreatedEvent, locationUpdatedEvent, locationMovedEvent, locationDeletedEvent],
});

/** Every event that creates, changes or deletes a health facility. */
export const healthFacilityLifecycle = defineEventGroup({
  service: 'location',
  aggregate: 'health-facility',
  description: 'every event that creates, changes or deletes a health facility',
  contracts: [healthFacilityCreatedEvent, healthFacilityUpdatedEvent, healthFacilityDeletedEvent],
});
