import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { commandMeta, CurrentUser, LocationAccess, type RequestUser, RequireRights, Right } from '@imis/auth';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
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
 * and is refused with LOCATION_OUT_OF_SCOPE when the facility's district (or the new one) is outside the
 * user's data scope.
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
    return payload(await runUseCase(this.em, this.createUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.HealthFacilityEdit)
  @Mutation(() => HealthFacilityPayload, { description: 'Changes a health facility; the previous version is kept in the history' })
  async updateHealthFacility(@Args('input') { clientMutationId, ...data }: UpdateHealthFacilityInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.updateUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.HealthFacilityDelete)
  @Mutation(() => HealthFacilityPayload, { description: 'Deletes a health facility (kept as history)' })
  async deleteHealthFacility(@Args('input') { clientMutationId, ...data }: DeleteHealthFacilityInput, @CurrentUser() user: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await this.meta(user, clientMutationId)), clientMutationId);
  }

  /** The verified user as the actor, and its data scope. */
  private async meta(user: RequestUser, clientMutationId?: string | null): Promise<ScopedCommandMeta> {
    return { ...commandMeta(user, clientMutationId), scope: await this.access.data(user) };
  }
}

function payload(result: CommandResult<{ healthFacility?: HealthFacilityView }>, clientMutationId?: string | null): HealthFacilityPayload {
  return {
    healthFacility: result.healthFacility ? toHealthFacilityModel(result.healthFacility) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
