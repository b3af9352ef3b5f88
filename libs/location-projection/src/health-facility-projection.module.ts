import { Module } from '@nestjs/common';
import { healthFacilityCreatedEvent, healthFacilityDeletedEvent, healthFacilityUpdatedEvent } from '@imis/contracts';
import { MessagingRuntime } from '@imis/messaging';
import { applyHealthFacilityDeleted, applyHealthFacilityState } from './health-facility-projection.handlers';

/**
 * Keeps `projected_health_facility` in step with the location service (inbox-protected consumer). Import
 * it beside MessagingModule, with ProjectedHealthFacility among the ORM entities; outside an API module,
 * because it needs NATS, which print-schema does not start.
 */
@Module({})
export class HealthFacilityProjectionModule {
  constructor(runtime: MessagingRuntime) {
    runtime
      .consumer({
        name: `${runtime.options.service}-health-facility-projection`,
        sourceService: 'location',
        filterSubject: 'imis.location.health-facility.>',
      })
      .on(healthFacilityCreatedEvent, applyHealthFacilityState)
      .on(healthFacilityUpdatedEvent, applyHealthFacilityState)
      .on(healthFacilityDeletedEvent, applyHealthFacilityDeleted);
  }
}
