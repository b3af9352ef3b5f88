import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, RequireRights, Right, type RequestUser } from '@imis/auth';
import { ConnectionArgs, type EntityReference, type GraphQLContext, locationReferenceTypes, pageOf, referencesTo, referenceTo, toConnection } from '@imis/graphql';
import { runUseCase, type CommandResult } from '@imis/application';
import { RoleQueries } from '../application/role/role.queries';
import { CreateUser } from '../application/user/create-user.command';
import { DeleteUser } from '../application/user/delete-user.command';
import { UpdateUser } from '../application/user/update-user.command';
import { UserQueries } from '../application/user/user.queries';
import type { UserView } from '../application/user/user.view';
import { AdminCallers } from './admin-caller';
import { roleLoader } from './role.loader';
import { toRoleModel } from './role.mapper';
import { RoleModel } from './role.models';
import { toUserModel, toUserVersionModel } from './user.mapper';
import { UserConnection, UserModel, UserPayload, UserVersionModel } from './user.models';
import { CreateUserInput, DeleteUserInput, UpdateUserInput, UserFilterInput } from './user.inputs';

const { LocationReference, HealthFacilityReference } = locationReferenceTypes();

@Resolver(() => UserModel)
export class UserResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: UserQueries,
    private readonly roleQueries: RoleQueries,
    private readonly createUseCase: CreateUser,
    private readonly updateUseCase: UpdateUser,
    private readonly deleteUseCase: DeleteUser,
    private readonly callers: AdminCallers,
  ) {}

  @RequireRights(Right.UserSearch)
  @Query(() => UserConnection, { description: 'Current users inside your scope matching the filter, in creation order' })
  async users(
    @Args() page: ConnectionArgs,
    @CurrentUser() caller: RequestUser,
    @Args('filter', { type: () => UserFilterInput, nullable: true }) filter?: UserFilterInput | null,
  ): Promise<UserConnection> {
    const window = pageOf(page);
    const { scope } = await this.callers.of(caller);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, window, scope);
    return toConnection(rows, window, totalCount, toUserModel);
  }

  @RequireRights(Right.UserSearch)
  @Query(() => UserModel, { nullable: true, description: 'A current user inside your scope; null otherwise' })
  async user(@Args('id', { type: () => ID }) id: string, @CurrentUser() caller: RequestUser): Promise<UserModel | null> {
    const view = await this.queries.byId(id, (await this.callers.of(caller)).scope);
    return view && toUserModel(view);
  }

  @RequireRights(Right.UserSearch)
  @Query(() => [UserVersionModel], { description: 'Past versions of a user inside your scope, oldest first' })
  async userHistory(@Args('id', { type: () => ID }) id: string, @CurrentUser() caller: RequestUser): Promise<UserVersionModel[]> {
    return (await this.queries.history(id, (await this.callers.of(caller)).scope)).map(toUserVersionModel);
  }

  @ResolveField(() => [LocationReference], { nullable: 'items', description: "Its districts (from the location service; null where outside the caller's scope)" })
  districts(@Parent() user: UserModel): EntityReference[] {
    return referencesTo(user.districtIds);
  }

  @ResolveField(() => HealthFacilityReference, { nullable: true, description: 'Its health facility (from the location service)' })
  healthFacility(@Parent() user: UserModel): EntityReference | null {
    return referenceTo(user.healthFacilityId);
  }

  @ResolveField(() => [RoleModel], { description: 'Its current roles' })
  async roles(@Parent() user: UserModel, @Context() context: GraphQLContext): Promise<RoleModel[]> {
    const roles = await Promise.all(user.roleIds.map((id) => roleLoader(context, this.roleQueries).load(id)));
    return roles.filter((role) => role !== null).map(toRoleModel);
  }

  @RequireRights(Right.UserAdd)
  @Mutation(() => UserPayload, { description: 'Creates a user, optionally with its password' })
  async createUser(@Args('input') { clientMutationId, ...data }: CreateUserInput, @CurrentUser() caller: RequestUser): Promise<UserPayload> {
    return payload(await runUseCase(this.em, this.createUseCase, data, await this.callers.meta(caller, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.UserEdit)
  @Mutation(() => UserPayload, { description: 'Replaces a user (previous version kept in history); sets its password when one is given' })
  async updateUser(@Args('input') { clientMutationId, ...data }: UpdateUserInput, @CurrentUser() caller: RequestUser): Promise<UserPayload> {
    return payload(await runUseCase(this.em, this.updateUseCase, data, await this.callers.meta(caller, clientMutationId)), clientMutationId);
  }

  @RequireRights(Right.UserDelete)
  @Mutation(() => UserPayload, { description: 'Deletes a user (kept as history) and ends its sessions' })
  async deleteUser(@Args('input') { clientMutationId, ...data }: DeleteUserInput, @CurrentUser() caller: RequestUser): Promise<UserPayload> {
    return payload(await runUseCase(this.em, this.deleteUseCase, data, await this.callers.meta(caller, clientMutationId)), clientMutationId);
  }
}

function payload(result: CommandResult<{ user?: UserView }>, clientMutationId?: string | null): UserPayload {
  return { user: result.user ? toUserModel(result.user) : null, errors: result.errors, clientMutationId: clientMutationId ?? null };
}
