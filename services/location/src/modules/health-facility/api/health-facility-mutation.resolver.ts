import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { commandMeta, CurrentUser, LocationAccess, type RequestUser, RequireRights, Right } from '@imis/auth';
import type { CommandResult } from '@imis/application';
import { CreateHealthFacilityCommand } from '../application/create-health-facility/create-health-facility.command';
import { CreateHealthFacilityHandler } from '../application/create-health-facility/create-health-facility.handler';
import { DeleteHealthFacilityCommand } from '../application/delete-health-facility/delete-health-facility.command';
import { DeleteHealthFacilityHandler } from '../application/delete-health-facility/delete-health-facility.handler';
import type { HealthFacilityView } from '../application/health-facility.view';
import { UpdateHealthFacilityCommand } from '../application/update-health-facility/update-health-facility.command';
import { UpdateHealthFacilityHandler } from '../application/update-health-facility/update-health-facility.handler';
import { CreateHealthFacilityInput } from './create-health-facility.input';
import { DeleteHealthFacilityInput } from './delete-health-facility.input';
import { toHealthFacilityModel } from './health-facility.mapper';
import { HealthFacilityModel } from './health-facility.model';
import { HealthFacilityPayload } from './health-facility.payload';
import { UpdateHealthFacilityInput } from './update-health-facility.input';

/**
 * Changes to health facilities: each needs its openIMIS right, is recorded as made by the verified user,
 * and is refused with LOCATION_OUT_OF_SCOPE when the facility's district (or the new one) is outside the
 * user's data scope.
 */
@Resolver(() => HealthFacilityModel)
export class HealthFacilityMutationResolver {
  constructor(
    private readonly createHandler: CreateHealthFacilityHandler,
    private readonly updateHandler: UpdateHealthFacilityHandler,
    private readonly deleteHandler: DeleteHealthFacilityHandler,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.HealthFacilityAdd)
  @Mutation(() => HealthFacilityPayload, { description: 'Creates a health facility in a current district' })
  async createHealthFacility(@Args('input') { clientMutationId, ...data }: CreateHealthFacilityInput, @CurrentUser() user: RequestUser) {
    const command = new CreateHealthFacilityCommand(data, commandMeta(user, clientMutationId), await this.access.data(user));
    return payload(await this.createHandler.execute(command), clientMutationId);
  }

  @RequireRights(Right.HealthFacilityEdit)
  @Mutation(() => HealthFacilityPayload, { description: 'Changes a health facility; the previous version is kept in the history' })
  async updateHealthFacility(@Args('input') { clientMutationId, ...data }: UpdateHealthFacilityInput, @CurrentUser() user: RequestUser) {
    const command = new UpdateHealthFacilityCommand(data, commandMeta(user, clientMutationId), await this.access.data(user));
    return payload(await this.updateHandler.execute(command), clientMutationId);
  }

  @RequireRights(Right.HealthFacilityDelete)
  @Mutation(() => HealthFacilityPayload, { description: 'Deletes a health facility (kept as history)' })
  async deleteHealthFacility(@Args('input') { clientMutationId, ...data }: DeleteHealthFacilityInput, @CurrentUser() user: RequestUser) {
    const command = new DeleteHealthFacilityCommand(data, commandMeta(user, clientMutationId), await this.access.data(user));
    return payload(await this.deleteHandler.execute(command), clientMutationId);
  }
}

function payload(result: CommandResult<{ healthFacility?: HealthFacilityView }>, clientMutationId?: string | null): HealthFacilityPayload {
  return {
    healthFacility: result.healthFacility ? toHealthFacilityModel(result.healthFacility) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
