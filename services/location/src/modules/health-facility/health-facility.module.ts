import { Module } from '@nestjs/common';
import { LocationModule, LocationUsages } from '../location';
import { CreateHealthFacility } from './application/create-health-facility.command';
import { DeleteHealthFacility } from './application/delete-health-facility.command';
import { healthFacilitiesInDistrict } from './application/health-facilities-in-district';
import { HealthFacilityQueries } from './application/health-facility.queries';
import { UpdateHealthFacility } from './application/update-health-facility.command';
import { HealthFacilityMutationResolver } from './api/health-facility-mutation.resolver';
import { HealthFacilityResolver } from './api/health-facility.resolver';

/** Health facilities (dispensaries, health centres, hospitals), each in a district. */
@Module({
  imports: [LocationModule],
  providers: [CreateHealthFacility, UpdateHealthFacility, DeleteHealthFacility, HealthFacilityQueries, HealthFacilityResolver, HealthFacilityMutationResolver],
  exports: [CreateHealthFacility, UpdateHealthFacility, DeleteHealthFacility, HealthFacilityQueries],
})
export class HealthFacilityModule {
  constructor(usages: LocationUsages) {
    usages.register(healthFacilitiesInDistrict);
  }
}
