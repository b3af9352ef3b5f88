import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { commandMeta, CurrentUser, LocationAccess, type RequestUser, RequireRights, Right, type RightCode } from '@imis/auth';
import type { CommandResult } from '@imis/application';
import { requireAnyRight } from '../../../shared/api/require-any-right';
import { CreateLocationCommand } from '../application/create-location/create-location.command';
import { CreateLocationHandler } from '../application/create-location/create-location.handler';
import { DeleteLocationCommand } from '../application/delete-location/delete-location.command';
import { DeleteLocationHandler } from '../application/delete-location/delete-location.handler';
import type { LocationView } from '../application/location.view';
import { MoveLocationCommand } from '../application/move-location/move-location.command';
import { MoveLocationHandler } from '../application/move-location/move-location.handler';
import { UpdateLocationCommand } from '../application/update-location/update-location.command';
import { UpdateLocationHandler } from '../application/update-location/update-location.handler';
import { CreateLocationInput } from './create-location.input';
import { DeleteLocationInput } from './delete-location.input';
import { toLocationModel } from './location.mapper';
import { LocationModel } from './location.model';
import { LocationPayload } from './location.payload';
import { LocationType } from './location-type.enum';
import { MoveLocationInput } from './move-location.input';
import { UpdateLocationInput } from './update-location.input';

/** Regions and districts are created with right 121906, wards and villages with 121902. */
const CREATE_RIGHT: Record<LocationType, RightCode> = {
  [LocationType.REGION]: Right.LocationAddRegionOrDistrict,
  [LocationType.DISTRICT]: Right.LocationAddRegionOrDistrict,
  [LocationType.WARD]: Right.LocationAdd,
  [LocationType.VILLAGE]: Right.LocationAdd,
};

/**
 * Changes to the tree: each needs its openIMIS right (checked by the AuthGuard, and by type for a
 * creation), is recorded as made by the verified user, and is refused with LOCATION_OUT_OF_SCOPE when it
 * touches a location outside the user's data scope.
 */
@Resolver(() => LocationModel)
export class LocationMutationResolver {
  constructor(
    private readonly createHandler: CreateLocationHandler,
    private readonly updateHandler: UpdateLocationHandler,
    private readonly moveHandler: MoveLocationHandler,
    private readonly deleteHandler: DeleteLocationHandler,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.LocationAdd, Right.LocationAddRegionOrDistrict)
  @Mutation(() => LocationPayload, { description: 'Creates a region, or a district/ward/village under a location of the level above' })
  async createLocation(@Args('input') { clientMutationId, ...data }: CreateLocationInput, @CurrentUser() user: RequestUser) {
    requireAnyRight(user, [CREATE_RIGHT[data.type]]);
    const command = new CreateLocationCommand(data, commandMeta(user, clientMutationId), await this.access.data(user));
    return payload(await this.createHandler.execute(command), clientMutationId);
  }

  @RequireRights(Right.LocationEdit)
  @Mutation(() => LocationPayload, { description: 'Changes code, name or figures; the previous version is kept in the history' })
  async updateLocation(@Args('input') { clientMutationId, ...data }: UpdateLocationInput, @CurrentUser() user: RequestUser) {
    const command = new UpdateLocationCommand(data, commandMeta(user, clientMutationId), await this.access.data(user));
    return payload(await this.updateHandler.execute(command), clientMutationId);
  }

  @RequireRights(Right.LocationMove)
  @Mutation(() => LocationPayload, { description: 'Gives a location a new parent of the same level as the old one' })
  async moveLocation(@Args('input') { clientMutationId, ...data }: MoveLocationInput, @CurrentUser() user: RequestUser) {
    const command = new MoveLocationCommand(data, commandMeta(user, clientMutationId), await this.access.data(user));
    return payload(await this.moveHandler.execute(command), clientMutationId);
  }

  @RequireRights(Right.LocationDelete)
  @Mutation(() => LocationPayload, { description: 'Deletes a location (kept as history); its children move to newParentId' })
  async deleteLocation(@Args('input') { clientMutationId, ...data }: DeleteLocationInput, @CurrentUser() user: RequestUser) {
    const command = new DeleteLocationCommand(data, commandMeta(user, clientMutationId), await this.access.data(user));
    return payload(await this.deleteHandler.execute(command), clientMutationId);
  }
}

function payload(result: CommandResult<{ location?: LocationView }>, clientMutationId?: string | null): LocationPayload {
  return {
    location: result.location ? toLocationModel(result.location) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
