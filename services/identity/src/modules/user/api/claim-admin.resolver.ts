import { EntityManager } from '@mikro-orm/postgresql';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRights, Right, type RequestUser } from '@imis/auth';
import { ConnectionArgs, type EntityReference, locationReferenceTypes, pageOf, referenceTo, toConnection } from '@imis/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { ClaimAdminQueries } from '../application/claim-admin/claim-admin.queries';
import type { ClaimAdminView } from '../application/claim-admin/claim-admin.view';
import { CreateClaimAdministrator } from '../application/claim-admin/create-claim-administrator.command';
import { DeleteClaimAdministrator } from '../application/claim-admin/delete-claim-administrator.command';
import { UpdateClaimAdministrator } from '../application/claim-admin/update-claim-administrator.command';
import { AdminCallers } from './admin-caller';
import {
  CreateClaimAdminInput,
  DeleteClaimAdminInput,
  ClaimAdminConnection,
  ClaimAdminFilterInput,
  ClaimAdminModel,
  ClaimAdminPayload,
  ClaimAdminVersionModel,
  UpdateClaimAdminInput,
} from './claim-admin.models';
import { withDates } from './versioned.model';

const toModel = (view: ClaimAdminView) => Object.assign(new ClaimAdminModel(), withDates(view));

const { HealthFacilityReference } = locationReferenceTypes();

@Resolver(() => ClaimAdminModel)
export class ClaimAdminResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: ClaimAdminQueries,
    private readonly createUseCase: CreateClaimAdministrator,
    private readonly updateUseCase: UpdateClaimAdministrator,
    private readonly deleteUseCase: DeleteClaimAdministrator,
    private readonly callers: AdminCallers,
  ) {}

  @RequireRights(Right.ClaimAdministratorSearch)
  @Query(() => ClaimAdminConnection, { description: 'Current claim administrators inside your scope matching the filter, in creation order' })
  async claimAdministrators(
    @Args() page: ConnectionArgs,
    @CurrentUser() caller: RequestUser,
    @Args('filter', { type: () => ClaimAdminFilterInput, nullable: true }) filter?: ClaimAdminFilterInput | null,
  ): Promise<ClaimAdminConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, window, (await this.callers.of(caller)).scope);
    return toConnection(rows, window, totalCount, toModel);
  }

  @RequireRights(Right.ClaimAdministratorSearch)
  @Query(() => ClaimAdminModel, { nullable: true, description: 'A current claim administrator inside your scope; null otherwise' })
  async claimAdministrator(@Args('id', { type: () => ID }) id: string, @CurrentUser() caller: RequestUser): Promise<ClaimAdminModel | null> {
    const view = await this.queries.byId(id, (await this.callers.of(caller)).scope);
    return view && toModel(view);
  }

  @RequireRights(Right.ClaimAdministratorSearch)
  @Query(() => [ClaimAdminVersionModel], { description: 'Past versions of a claim administrator, oldest first' })
  async claimAdministratorHistory(@Args('id', { type: () => ID }) id: string, @CurrentUser() caller: RequestUser): Promise<ClaimAdminVersionModel[]> {
    const versions = await this.queries.history(id, (await this.callers.of(caller)).scope);
    return versions.map((view) => Object.assign(new ClaimAdminVersionModel(), withDates(view)));
  }

  @ResolveField(() => HealthFacilityReference, { nullable: true, description: "The health facility (from the location service; null when outside the caller's scope)" })
  healthFacility(@Parent() administrator: ClaimAdminModel): EntityReference | null {
    return referenceTo(administrator.healthFacilityId);
  }

  @RequireRights(Right.ClaimAdministratorAdd)
  @Mutation(() => ClaimAdminPayload, { description: 'Registers a claim administrator' })
  async createClaimAdministrator(@Args('input') { clientMutationId, ...data }: CreateClaimAdminInput, @CurrentUser() caller: RequestUser) {
    return payload(await runUseCase(this.em, this.createUseCase, data, await this.callers.meta(caller, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ClaimAdministratorEdit)
  @Mutation(() => ClaimAdminPayload, { description: 'Replaces a claim administrator; the previous version is kept in the history' })
  async updateClaimAdministrator(@Args('input') { clientMutationId, ...data }: UpdateClaimAdminInput, @CurrentUser() caller: RequestUser) {
    return payload(await runUseCase(this.em, this.updateUseCase, data, await this.callers.meta(caller, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.ClaimAdministratorDelete)
  @Mutation(() => ClaimAdminPayload, { description: 'Deletes a claim administrator (kept as history)' })
  async deleteClaimAdministrator(@Args('input') { clientMutationId, ...data }: DeleteClaimAdminInput, @CurrentUser() caller: RequestUser) {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await this.callers.meta(caller, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ claimAdministrator?: ClaimAdminView }>, clientMutationId?: string | null): ClaimAdminPayload {
  return {
    claimAdministrator: result.claimAdministrator ? toModel(result.claimAdministrator) : null,
    errors: result.errors,
    clientMutationId: clientMutationId ?? null,
  };
}
