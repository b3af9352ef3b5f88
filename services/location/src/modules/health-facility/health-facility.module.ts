import { Module } from '@nestjs/common';
import { LocationModule } from '../location/location.module';
import { CreateHealthFacilityHandler } from './application/create-health-facility/create-health-facility.handler';
import { DeleteHealthFacilityHandler } from './application/delete-health-facility/delete-health-facility.handler';
import { HealthFacilityQueries } from './application/health-facility.queries';
import { UpdateHealthFacilityHandler } from './application/update-health-facility/update-health-facility.handler';
import { HealthFacilityMutationResolver } from './api/health-facility-mutation.resolver';
import { HealthFacilityResolver } from './api/health-facility.resolver';

/** Health facilities (dispensaries, health centres, hospitals), each in a district. */
@Module({
  imports: [LocationModule],
  providers: [
    CreateHealthFacilityHandler,
    UpdateHealthFacilityHandler,
    DeleteHealthFacilityHandler,
    HealthFacilityQueries,
    HealthFacilityResolver,
    HealthFacilityMutationResolver,
  ],
})
export class HealthFacilityModule {}
