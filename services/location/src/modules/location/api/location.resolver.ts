import { Args, Context, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { ConnectionArgs, pageOf, toConnection, type GraphQLContext } from '@imis/graphql';
import { LocationQueries } from '../application/location.queries';
import { LocationConnection } from './location.connection';
import { LocationFilterInput } from './location-filter.input';
import { LocationLoader } from './location.loader';
import { toLocationModel, toLocationVersionModel } from './location.mapper';
import { LocationModel } from './location.model';
import { LocationVersionModel } from './location-version.model';

@Resolver(() => LocationModel)
export class LocationResolver {
  constructor(private readonly queries: LocationQueries) {}

  @Query(() => LocationConnection, { description: 'Current locations matching the filter, in creation order' })
  async locations(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => LocationFilterInput, nullable: true }) filter?: LocationFilterInput | null,
  ): Promise<LocationConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, window);
    return toConnection(rows.map(toLocationModel), window, totalCount);
  }

  @Query(() => LocationModel, { nullable: true, description: 'A current location; null when unknown or deleted' })
  async location(@Args('id', { type: () => ID }) id: string): Promise<LocationModel | null> {
    const view = await this.queries.byId(id);
    return view && toLocationModel(view);
  }

  @Query(() => [LocationVersionModel], { description: 'Past versions of a location, oldest first' })
  async locationHistory(@Args('id', { type: () => ID }) id: string): Promise<LocationVersionModel[]> {
    return (await this.queries.history(id)).map(toLocationVersionModel);
  }

  @ResolveField(() => LocationModel, { nullable: true, description: 'None for a region' })
  async parent(@Parent() location: LocationModel, @Context() context: GraphQLContext): Promise<LocationModel | null> {
    if (!location.parentId) return null;
    const parent = await LocationLoader.of(context, this.queries).byId.load(location.parentId);
    return parent && toLocationModel(parent);
  }

  @ResolveField(() => [LocationModel], { description: 'Current children, by code' })
  async children(@Parent() location: LocationModel, @Context() context: GraphQLContext): Promise<LocationModel[]> {
    return (await LocationLoader.of(context, this.queries).childrenOf.load(location.id)).map(toLocationModel);
  }

  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @Context() context: GraphQLContext): Promise<LocationModel | null> {
    const view = await LocationLoader.of(context, this.queries).byId.load(reference.id);
    return view && toLocationModel(view);
  }
}
