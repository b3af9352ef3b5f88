import { Args, Context, ID, Info, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, LocationAccess, RequireRights, Right, type RequestUser } from '@imis/auth';
import { ConnectionArgs, type EntityReference, locationReferenceTypes, pageOf, referenceTo, selectsField, toConnection, type GraphQLContext } from '@imis/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { RegistryQueries } from '../application/registry.queries';
import { FamilyConnection } from './family.connection';
import { FamilyFilterInput } from './insuree-filter.input';
import { FamilyModel } from './family.model';
import { FamilyVersionModel } from './family-version.model';
import { InsureeModel } from './insuree.model';
import { RegistryLoaders } from './registry.loaders';
import { familySearchFilter } from './search-filters';
import { toFamilyModel, toFamilyVersionModel, toInsureeModel } from './registry.mapper';

const { LocationReference } = locationReferenceTypes();

/** Reads of families: a caller sees those whose village is in its scope. */
@Resolver(() => FamilyModel)
export class FamilyResolver {
  constructor(
    private readonly queries: RegistryQueries,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.FamilySearch)
  @Query(() => FamilyConnection, { description: 'Current families matching the filter, in registration order' })
  async families(
    @CurrentUser() user: RequestUser,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => FamilyFilterInput, nullable: true }) filter?: FamilyFilterInput | null,
  ): Promise<FamilyConnection> {
    const window = pageOf(page);
    const counted = selectsField(info, 'totalCount');
    const { rows, totalCount } = await this.queries.searchFamilies(familySearchFilter(filter), window, await this.access.data(user), counted);
    // Not counted: totalCount was not asked for, so the 0 is never sent.
    return toConnection(rows, window, totalCount ?? 0, toFamilyModel);
  }

  @RequireRights(Right.FamilySearch)
  @Query(() => FamilyModel, { nullable: true, description: 'A current family; null when unknown, deleted or out of scope' })
  async family(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext): Promise<FamilyModel | null> {
    const view = await RegistryLoaders.of(context, this.queries, this.access, user).families.load(id);
    return view && toFamilyModel(view);
  }

  @RequireRights(Right.FamilySearch)
  @Query(() => [FamilyVersionModel], { description: 'Past versions of a family, oldest first' })
  async familyHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<FamilyVersionModel[]> {
    return (await this.queries.familyHistory(id, await this.access.data(user))).map(toFamilyVersionModel);
  }

  @ResolveField(() => [InsureeModel], { description: 'Current members, the head first' })
  async members(@Parent() family: FamilyModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<InsureeModel[]> {
    return (await RegistryLoaders.of(context, this.queries, this.access, user).members.load(family.id)).map(toInsureeModel);
  }

  @ResolveField(() => InsureeModel, { nullable: true })
  async head(@Parent() family: FamilyModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<InsureeModel | null> {
    const view = await RegistryLoaders.of(context, this.queries, this.access, user).insurees.load(family.headInsureeId);
    return view && toInsureeModel(view);
  }

  @ResolveField(() => LocationReference, { nullable: true, description: "The village (from the location service: null when deleted or outside the caller's scope)" })
  village(@Parent() family: FamilyModel): EntityReference | null {
    return referenceTo(family.villageId);
  }

  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<FamilyModel | null> {
    const view = await RegistryLoaders.of(context, this.queries, this.access, user).families.load(reference.id);
    return view && toFamilyModel(view);
  }
}
