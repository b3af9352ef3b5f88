import { Module } from '@nestjs/common';
import { LocationProjectionHandlers } from './location-projection.handlers';

/**
 * Keeps the service's `projected_location` table in step with the location service. Import it beside
 * MessagingModule (which discovers the handlers), with `locationProjectionEntities` among the ORM entities
 * and `locationProjectionMigrations` among the migrations; outside an API module, because it needs NATS,
 * which print-schema does not start.
 */
@Module({ providers: [LocationProjectionHandlers] })
export class LocationProjectionModule {}
