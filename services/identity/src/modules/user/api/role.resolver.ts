import { EntityManager } from '@mikro-orm/postgresql';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRights, Right, type RequestUser } from '@imis/auth';
import { ConnectionArgs, pageOf, toConnection } from '@imis/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { CreateRole } from '../application/role/create-role.command';
import { DeleteRole } from '../application/role/delete-role.command';
import { DuplicateRole } from '../application/role/duplicate-role.command';
import { RoleQueries } from '../application/role/role.queries';
import type { RoleView } from '../application/role/role.view';
import { UpdateRole } from '../application/role/update-role.command';
import { AdminCallers } from './admin-caller';
import { toRoleModel, toRoleVersionModel } from './role.mapper';
import {
  CreateRoleInput,
  DeleteRoleInput,
  DuplicateRoleInput,
  RoleConnection,
  RoleFilterInput,
  RoleModel,
  RolePayload,
  RoleVersionModel,
  UpdateRoleInput,
} from './role.models';

@Resolver(() => RoleModel)
export class RoleResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: RoleQueries,
    private readonly createUseCase: CreateRole,
    private readonly updateUseCase: UpdateRole,
    private readonly duplicateUseCase: DuplicateRole,
    private readonly deleteUseCase: DeleteRole,
    private readonly callers: AdminCallers,
  ) {}

  @RequireRights(Right.RoleSearch)
  @Query(() => RoleConnection, { description: 'Current roles matching the filter, in creation order' })
  async roles(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => RoleFilterInput, nullable: true }) filter?: RoleFilterInput | null,
  ): Promise<RoleConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, window);
    return toConnection(rows, window, totalCount, toRoleModel);
  }

  @RequireRights(Right.RoleSearch)
  @Query(() => RoleModel, { nullable: true, description: 'A current role; null when unknown or deleted' })
  async role(@Args('id', { type: () => ID }) id: string): Promise<RoleModel | null> {
    const view = await this.queries.byId(id);
    return view && toRoleModel(view);
  }

  @RequireRights(Right.RoleSearch)
  @Query(() => [RoleVersionModel], { description: 'Past versions of a role, oldest first' })
  async roleHistory(@Args('id', { type: () => ID }) id: string): Promise<RoleVersionModel[]> {
    return (await this.queries.history(id)).map(toRoleVersionModel);
  }

  @RequireRights(Right.RoleAdd)
  @Mutation(() => RolePayload, { description: 'Creates a custom role' })
  async createRole(@Args('input') { clientMutationId, ...data }: CreateRoleInput, @CurrentUser() user: RequestUser): Promise<RolePayload> {
    return payload(await runUseCase(this.em, this.createUseCase, data, await this.callers.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.RoleEdit)
  @Mutation(() => RolePayload, { description: 'Replaces a role; the previous version is kept in the history' })
  async updateRole(@Args('input') { clientMutationId, ...data }: UpdateRoleInput, @CurrentUser() user: RequestUser): Promise<RolePayload> {
    return payload(await runUseCase(this.em, this.updateUseCase, data, await this.callers.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.RoleDuplicate)
  @Mutation(() => RolePayload, { description: 'Creates a custom role with the rights of another one' })
  async duplicateRole(@Args('input') { clientMutationId, ...data }: DuplicateRoleInput, @CurrentUser() user: RequestUser): Promise<RolePayload> {
    return payload(await runUseCase(this.em, this.duplicateUseCase, data, await this.callers.meta(user, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.RoleDelete)
  @Mutation(() => RolePayload, { description: 'Deletes a custom role no current user holds (kept as history)' })
  async deleteRole(@Args('input') { clientMutationId, ...data }: DeleteRoleInput, @CurrentUser() user: RequestUser): Promise<RolePayload> {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await this.callers.meta(user, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ role?: RoleView }>, clientMutationId?: string | null): RolePayload {
  return { role: result.role ? toRoleModel(result.role) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}
