import { LocationAccess } from '@imis/auth';
import { Module } from '@nestjs/common';
import { CreateLocationHandler } from './application/create-location/create-location.handler';
import { DeleteLocationHandler } from './application/delete-location/delete-location.handler';
import { LocationQueries } from './application/location.queries';
import { MoveLocationHandler } from './application/move-location/move-location.handler';
import { UpdateLocationHandler } from './application/update-location/update-location.handler';
import { LocationMutationResolver } from './api/location-mutation.resolver';
import { LocationResolver } from './api/location.resolver';

/** The location tree: regions, districts, wards and villages. */
@Module({
  providers: [
    CreateLocationHandler,
    UpdateLocationHandler,
    MoveLocationHandler,
    DeleteLocationHandler,
    LocationQueries,
    LocationAccess,
    LocationResolver,
    LocationMutationResolver,
  ],
  exports: [LocationQueries, LocationAccess],
})
export class LocationModule {}
