import { Module } from '@nestjs/common';
import { MessagingRuntime } from '@imis/messaging';
import { LOCATION_PROJECTION_FILTER, locationProjectionConsumerName, registerLocationProjection } from './location-projection.consumer';

/**
 * Keeps the service's `projected_location` table in step with the location service. Import it in any
 * service module (MessagingModule must be there, ProjectedLocation among the ORM entities).
 */
@Module({})
export class LocationProjectionModule {
  constructor(runtime: MessagingRuntime) {
    registerLocationProjection(
      runtime.consumer({
        name: locationProjectionConsumerName(runtime.options.service),
        sourceService: 'location',
        filterSubject: LOCATION_PROJECTION_FILTER,
      }),
    );
  }
}
