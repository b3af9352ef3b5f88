import { locationCreatedEvent, locationDeletedEvent, locationMovedEvent, locationUpdatedEvent } from '@imis/contracts';
import { EventConsumer, type EventConsumerOptions } from '@imis/messaging';
import { applyLocationDeleted, applyLocationMoved, applyLocationState } from './location-projection.handlers';

/** Durable consumer name of a service's location projection. */
export function locationProjectionConsumerName(service: string): string {
  return `${service}-location-projection`;
}

export const LOCATION_PROJECTION_FILTER = 'imis.location.location.>';

/** Registers the projection's handlers on a consumer of the location stream. */
export function registerLocationProjection(consumer: EventConsumer): EventConsumer {
  return consumer
    .on(locationCreatedEvent, applyLocationState)
    .on(locationUpdatedEvent, applyLocationState)
    .on(locationMovedEvent, applyLocationMoved)
    .on(locationDeletedEvent, applyLocationDeleted);
}

/** The projection's consumer without NestJS: on a fresh database it rebuilds the tree from the stream's start. */
export function locationProjectionConsumer(
  service: string,
  options: Omit<EventConsumerOptions, 'name' | 'sourceService' | 'filterSubject'>,
): EventConsumer {
  return registerLocationProjection(
    new EventConsumer({ ...options, name: locationProjectionConsumerName(service), sourceService: 'location', filterSubject: LOCATION_PROJECTION_FILTER }),
  );
}
