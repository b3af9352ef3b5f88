import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { CurrentUser, LocationAccess, type RequestUser, RequireRights, Right } from '@imis/auth';
import { scopedCommandMeta } from '../../../shared/api/scoped-command-meta';
import { CreateHealthFacility } from '../application/create-health-facility.command';
import { DeleteHealthFacility } from '../application/delete-health-facility.command';
import type { HealthFacilityView } from '../application/health-facility.view';
import { UpdateHealthFacility } from '../application/update-health-facility.command';
import { CreateHealthFacilityInput } from './create-health-facility.input';
import { DeleteHealthFacilityInput } from './delete-health-facility.input';
import { toHealthFacilityModel } from './health-facility.mapper';
import { HealthFacilityModel } from './health-facility.model';
import { HealthFacilityPayload } from './health-facility.payload';
import { UpdateHealthFacilityInput } from './update-health-facility.input';

/**
 * Changes to health facilities: each needs its openIMIS right, is recorded as made by the verified user,
 * answers a facility or district the user does not see as an unknown id (HEALTH_FACILITY_NOT_FOUND,
 * HEALTH_FACILITY_DISTRICT_INVALID), and refuses with LOCATION_OUT_OF_SCOPE one it sees whose district
 * (or new district) is outside its data scope.
 */
@Resolver(() => HealthFacilityModel)
export class HealthFacilityMutationResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly createUseCase: CreateHealthFacility,
    private readonly updateUseCase: UpdateHealthFacility,
    private readonly deleteUseCase: DeleteHealthFacility,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.HealthFacilityAdd)
  @Mutation(() => HealthFacilityPayload, { description: 'Creates a health facility in a current district' })
  async createHealthFacility(@Args('input') { clientMutationId, ...data }: CreateHealthFacilityInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.createUseCase, data, await scopedCommandMeta(this.access, user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.HealthFacilityEdit)
  @Mutation(() => HealthFacilityPayload, { description: 'Changes a health facility; the previous version is kept in the history' })
  async updateHealthFacility(@Args('input') { clientMutationId, ...data }: UpdateHealthFacilityInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.updateUseCase, data, await scopedCommandMeta(this.access, user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.HealthFacilityDelete)
  @Mutation(() => HealthFacilityPayload, { description: 'Deletes a health facility (kept as history)' })
  async deleteHealthFacility(@Args('input') { clientMutationId, ...data }: DeleteHealthFacilityInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await scopedCommandMeta(this.access, user, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ healthFacility?: HealthFacilityView }>, clientMutationId?: string | null): HealthFacilityPayload {
  return {
    healthFacility: result.healthFacility ? toHealthFacilityModel(result.healthFacility) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
