import { Module } from '@nestjs/common';
import { LocationAccess } from '@imis/auth';
import { CreateLocation } from './application/create-location.command';
import { DeleteLocation } from './application/delete-location.command';
import { LocationQueries } from './application/location.queries';
import { LocationUsages } from './application/location-usages';
import { MoveLocation } from './application/move-location.command';
import { UpdateLocation } from './application/update-location.command';
import { LocationMutationResolver } from './api/location-mutation.resolver';
import { LocationResolver } from './api/location.resolver';

/** The location tree: regions, districts, wards and villages. */
@Module({
  providers: [
    CreateLocation,
    UpdateLocation,
    MoveLocation,
    DeleteLocation,
    LocationUsages,
    LocationQueries,
    LocationAccess,
    LocationResolver,
    LocationMutationResolver,
  ],
  exports: [CreateLocation, UpdateLocation, MoveLocation, DeleteLocation, LocationUsages, LocationQueries, LocationAccess],
})
export class LocationModule {}
