import type { EventContract } from './event-contract';
import { healthFacilityCreatedEvent } from './location/health-facility-created.event';
import { healthFacilityDeletedEvent } from './location/health-facility-deleted.event';
import { healthFacilityUpdatedEvent } from './location/health-facility-updated.event';
import { locationCreatedEvent } from './location/location-created.event';
import { locationDeletedEvent } from './location/location-deleted.event';
import { locationMovedEvent } from './location/location-moved.event';
import { locationUpdatedEvent } from './location/location-updated.event';

/** Every published event contract (the catalogue in docs/events.md is generated from it). */
export const allEventContracts: readonly EventContract<unknown>[] = [
  locationCreatedEvent,
  locationUpdatedEvent,
  locationMovedEvent,
  locationDeletedEvent,
  healthFacilityCreatedEvent,
  healthFacilityUpdatedEvent,
  healthFacilityDeletedEvent,
];

export function findEventContract(type: string): EventContract<unknown> | undefined {
  return allEventContracts.find((contract) => contract.type === type);
}
