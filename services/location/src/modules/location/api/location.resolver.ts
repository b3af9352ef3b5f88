import { Args, Context, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, LocationAccess, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs, pageOf, toConnection, type GraphQLContext } from '@imis/graphql';
import { LocationQueries } from '../application/location.queries';
import { LOCATION_READ_RIGHTS } from '../../../shared/api/picker-rights';
import { LocationConnection } from './location.connection';
import { LocationFilterInput } from './location-filter.input';
import { LocationLoader } from './location.loader';
import { toLocationModel, toLocationVersionModel } from './location.mapper';
import { LocationModel } from './location.model';
import { LocationVersionModel } from './location-version.model';

/**
 * Reads of the tree. A caller sees the locations of its visible scope only (its districts and villages,
 * everything below them, and the ancestors of its villages): lists, `location`, `children`, `parent`
 * and federation references all stop at that boundary.
 */
@Resolver(() => LocationModel)
export class LocationResolver {
  constructor(
    private readonly queries: LocationQueries,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(...LOCATION_READ_RIGHTS)
  @Query(() => LocationConnection, {
    description: 'Current locations matching the filter, in creation order (right 121901, or a right to add or edit families or insurees: a village picker)',
  })
  async locations(
    @CurrentUser() user: RequestUser,
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => LocationFilterInput, nullable: true }) filter?: LocationFilterInput | null,
  ): Promise<LocationConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, window, await this.access.visible(user));
    return toConnection(rows, window, totalCount, toLocationModel);
  }

  @RequireRights(...LOCATION_READ_RIGHTS)
  @Query(() => LocationModel, { nullable: true, description: 'A current location; null when unknown or deleted' })
  async location(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<LocationModel | null> {
    const view = await this.queries.byId(id, await this.access.visible(user));
    return view && toLocationModel(view);
  }

  @RequireRights(Right.LocationSearch)
  @Query(() => [LocationVersionModel], { description: 'Past versions of a location, oldest first' })
  async locationHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<LocationVersionModel[]> {
    const scope = { visible: await this.access.visible(user), data: await this.access.data(user) };
    return (await this.queries.history(id, scope)).map(toLocationVersionModel);
  }

  @ResolveField(() => LocationModel, { nullable: true, description: 'None for a region' })
  async parent(@Parent() location: LocationModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<LocationModel | null> {
    if (!location.parentId) return null;
    const parent = await this.loader(context, user).byId.load(location.parentId);
    return parent && toLocationModel(parent);
  }

  @ResolveField(() => [LocationModel], { description: 'Current children, by code' })
  async children(@Parent() location: LocationModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext): Promise<LocationModel[]> {
    return (await this.loader(context, user).childrenOf.load(location.id)).map(toLocationModel);
  }

  /** Federation `_entities`: needs a valid token (the guard runs on reference resolvers) and stays in scope. */
  @ResolveReference()
  async resolveReference(
    @Parent() reference: { id: string },
    @CurrentUser() user: RequestUser,
    @Context() context: GraphQLContext,
  ): Promise<LocationModel | null> {
    const view = await this.loader(context, user).byId.load(reference.id);
    return view && toLocationModel(view);
  }

  private loader(context: GraphQLContext, user: RequestUser): LocationLoader {
    return LocationLoader.of(context, this.queries, () => this.access.visible(user));
  }
}
