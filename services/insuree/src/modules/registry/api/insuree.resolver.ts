import { Args, Context, ID, Info, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, LocationAccess, RequireRights, Right, type RequestUser } from '@imis/auth';
import { ConnectionArgs, type EntityReference, locationReferenceTypes, pageOf, referenceTo, selectsField, toConnection, type GraphQLContext } from '@imis/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { RegistryQueries } from '../application/registry.queries';
import { FamilyModel } from './family.model';
import { InsureeConnection } from './insuree.connection';
import { InsureeFilterInput } from './insuree-filter.input';
import { InsureeModel } from './insuree.model';
import { InsureeVersionModel } from './insuree-version.model';
import { RegistryLoaders } from './registry.loaders';
import { insureeSearchFilter } from './search-filters';
import { toFamilyModel, toInsureeModel, toInsureeVersionModel } from './registry.mapper';

const { LocationReference, HealthFacilityReference } = locationReferenceTypes();

/** Reads of insurees: a caller sees those whose family's village or own village is in its scope. */
@Resolver(() => InsureeModel)
export class InsureeResolver {
  constructor(
    private readonly queries: RegistryQueries,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.InsureeSearch, Right.InsureeEnquire)
  @Query(() => InsureeConnection, { description: 'Current insurees matching the filter, in registration order' })
  async insurees(
    @CurrentUser() user: RequestUser,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => InsureeFilterInput, nullable: true }) filter?: InsureeFilterInput | null,
  ): Promise<InsureeConnection> {
    const window = pageOf(page);
    const counted = selectsField(info, 'totalCount');
    const { rows, totalCount } = await this.queries.searchInsurees(insureeSearchFilter(filter), window, await this.access.data(user), counted);
    // Not counted: totalCount was not asked for, so the 0 is never sent.
    return toConnection(rows, window, totalCount ?? 0, toInsureeModel);
  }

  @RequireRights(Right.InsureeSearch, Right.InsureeEnquire)
  @Query(() => InsureeModel, { nullable: true, description: 'A current insuree; null when unknown, deleted or out of scope' })
  async insuree(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext): Promise<InsureeModel | null> {
    const view = await RegistryLoaders.of(context, this.queries, this.access, user).insurees.load(id);
    return view && toInsureeModel(view);
  }

  @RequireRights(Right.InsureeSearch)
  @Query(() => [InsureeVersionModel], { description: 'Past versions of an insuree, oldest first' })
  async insureeHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<InsureeVersionModel[]> {
    return (await this.queries.insureeHistory(id, await this.access.data(user))).map(toInsureeVersionModel);
  }

  @ResolveField(() => FamilyModel, { nullable: true, description: 'The family; null for an insuree without one' })
  async family(@Parent() insuree: InsureeModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<FamilyModel | null> {
    if (!insuree.familyId) return null;
    const view = await RegistryLoaders.of(context, this.queries, this.access, user).families.load(insuree.familyId);
    return view && toFamilyModel(view);
  }

  @ResolveField(() => LocationReference, { nullable: true, description: "Where the insuree lives when not in its family's village (from the location service)" })
  currentVillage(@Parent() insuree: InsureeModel): EntityReference | null {
    return referenceTo(insuree.currentVillageId);
  }

  @ResolveField(() => HealthFacilityReference, { nullable: true, description: 'First point of service (from the location service)' })
  healthFacility(@Parent() insuree: InsureeModel): EntityReference | null {
    return referenceTo(insuree.healthFacilityId);
  }

  /** Federation `_entities` (e.g. Claim.insuree): needs a valid token and stays in scope. */
  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<InsureeModel | null> {
    const view = await RegistryLoaders.of(context, this.queries, this.access, user).insurees.load(reference.id);
    return view && toInsureeModel(view);
  }
}
