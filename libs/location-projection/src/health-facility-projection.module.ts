import { Module } from '@nestjs/common';
import { HealthFacilityProjectionHandlers } from './health-facility-projection.handlers';

/**
 * Keeps `projected_health_facility` in step with the location service. Import it beside MessagingModule,
 * with `healthFacilityProjectionEntities` among the ORM entities and `healthFacilityProjectionMigrations`
 * among the migrations; outside an API module, because it needs NATS, which print-schema does not start.
 */
@Module({ providers: [HealthFacilityProjectionHandlers] })
export class HealthFacilityProjectionModule {}
