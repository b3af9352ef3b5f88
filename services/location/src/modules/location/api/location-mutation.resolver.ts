import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { CurrentUser, LocationAccess, type RequestUser, RequireRights, Right, type RightCode } from '@imis/auth';
import { requireAnyRight } from '../../../shared/api/require-any-right';
import { scopedCommandMeta } from '../../../shared/api/scoped-command-meta';
import { CreateLocation } from '../application/create-location.command';
import { DeleteLocation } from '../application/delete-location.command';
import type { LocationView } from '../application/location.view';
import { MoveLocation } from '../application/move-location.command';
import { UpdateLocation } from '../application/update-location.command';
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
 * creation), is recorded as made by the verified user; a location the user does not see is answered as an
 * unknown id, one it sees but may not change (outside its data scope) with LOCATION_OUT_OF_SCOPE.
 */
@Resolver(() => LocationModel)
export class LocationMutationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly createUseCase: CreateLocation,
    private readonly updateUseCase: UpdateLocation,
    private readonly moveUseCase: MoveLocation,
    private readonly deleteUseCase: DeleteLocation,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.LocationAdd, Right.LocationAddRegionOrDistrict)
  @Mutation(() => LocationPayload, { description: 'Creates a region, or a district/ward/village under a location of the level above' })
  async createLocation(@Args('input') { clientMutationId, ...data }: CreateLocationInput, @CurrentUser() user: RequestUser) {
    requireAnyRight(user, [CREATE_RIGHT[data.type]]);
    return payload(await runUseCase(this.em, this.createUseCase, data, await scopedCommandMeta(this.access, user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.LocationEdit)
  @Mutation(() => LocationPayload, { description: 'Changes code, name or figures; the previous version is kept in the history' })
  async updateLocation(@Args('input') { clientMutationId, ...data }: UpdateLocationInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.updateUseCase, data, await scopedCommandMeta(this.access, user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.LocationMove)
  @Mutation(() => LocationPayload, { description: 'Gives a location a new parent of the same level as the old one' })
  async moveLocation(@Args('input') { clientMutationId, ...data }: MoveLocationInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.moveUseCase, data, await scopedCommandMeta(this.access, user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.LocationDelete)
  @Mutation(() => LocationPayload, { description: 'Deletes a location (kept as history); its children move to newParentId' })
  async deleteLocation(@Args('input') { clientMutationId, ...data }: DeleteLocationInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await scopedCommandMeta(this.access, user, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ location?: LocationView }>, clientMutationId?: string | null): LocationPayload {
  return {
    location: result.location ? toLocationModel(result.location) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
