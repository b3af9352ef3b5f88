import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CommandResult } from '@imis/graphql';
import { Actor } from '../../../shared/api/actor.decorator';
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

@Resolver(() => HealthFacilityModel)
export class HealthFacilityMutationResolver {
  constructor(
    private readonly createHandler: CreateHealthFacilityHandler,
    private readonly updateHandler: UpdateHealthFacilityHandler,
    private readonly deleteHandler: DeleteHealthFacilityHandler,
  ) {}

  @Mutation(() => HealthFacilityPayload, { description: 'Creates a health facility in a current district' })
  async createHealthFacility(@Args('input') { clientMutationId, ...data }: CreateHealthFacilityInput, @Actor() actor: string) {
    const result = await this.createHandler.execute(new CreateHealthFacilityCommand(data, { actor, clientMutationId }));
    return payload(result, clientMutationId);
  }

  @Mutation(() => HealthFacilityPayload, { description: 'Changes a health facility; the previous version is kept in the history' })
  async updateHealthFacility(@Args('input') { clientMutationId, ...data }: UpdateHealthFacilityInput, @Actor() actor: string) {
    const result = await this.updateHandler.execute(new UpdateHealthFacilityCommand(data, { actor, clientMutationId }));
    return payload(result, clientMutationId);
  }

  @Mutation(() => HealthFacilityPayload, { description: 'Deletes a health facility (kept as history)' })
  async deleteHealthFacility(@Args('input') { clientMutationId, ...data }: DeleteHealthFacilityInput, @Actor() actor: string) {
    const result = await this.deleteHandler.execute(new DeleteHealthFacilityCommand(data, { actor, clientMutationId }));
    return payload(result, clientMutationId);
  }
}

function payload(result: CommandResult<{ healthFacility?: HealthFacilityView }>, clientMutationId?: string | null): HealthFacilityPayload {
  return {
    healthFacility: result.healthFacility ? toHealthFacilityModel(result.healthFacility) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
