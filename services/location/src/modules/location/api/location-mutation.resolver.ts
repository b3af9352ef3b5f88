import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CommandResult } from '@imis/graphql';
import { Actor } from '../../../shared/api/actor.decorator';
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
import { MoveLocationInput } from './move-location.input';
import { UpdateLocationInput } from './update-location.input';

@Resolver(() => LocationModel)
export class LocationMutationResolver {
  constructor(
    private readonly createHandler: CreateLocationHandler,
    private readonly updateHandler: UpdateLocationHandler,
    private readonly moveHandler: MoveLocationHandler,
    private readonly deleteHandler: DeleteLocationHandler,
  ) {}

  @Mutation(() => LocationPayload, { description: 'Creates a region, or a district/ward/village under a location of the level above' })
  async createLocation(@Args('input') { clientMutationId, ...data }: CreateLocationInput, @Actor() actor: string) {
    return payload(await this.createHandler.execute(new CreateLocationCommand(data, { actor, clientMutationId })), clientMutationId);
  }

  @Mutation(() => LocationPayload, { description: 'Changes code, name or figures; the previous version is kept in the history' })
  async updateLocation(@Args('input') { clientMutationId, ...data }: UpdateLocationInput, @Actor() actor: string) {
    return payload(await this.updateHandler.execute(new UpdateLocationCommand(data, { actor, clientMutationId })), clientMutationId);
  }

  @Mutation(() => LocationPayload, { description: 'Gives a location a new parent of the same level as the old one' })
  async moveLocation(@Args('input') { clientMutationId, ...data }: MoveLocationInput, @Actor() actor: string) {
    return payload(await this.moveHandler.execute(new MoveLocationCommand(data, { actor, clientMutationId })), clientMutationId);
  }

  @Mutation(() => LocationPayload, { description: 'Deletes a location (kept as history); its children move to newParentId' })
  async deleteLocation(@Args('input') { clientMutationId, ...data }: DeleteLocationInput, @Actor() actor: string) {
    return payload(await this.deleteHandler.execute(new DeleteLocationCommand(data, { actor, clientMutationId })), clientMutationId);
  }
}

function payload(result: CommandResult<{ location?: LocationView }>, clientMutationId?: string | null): LocationPayload {
  return {
    location: result.location ? toLocationModel(result.location) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
