import { Args, Context, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { ConnectionArgs, pageOf, toConnection, BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';
import { LocationQueries } from '../../location/application/location.queries';
import { LocationLoader } from '../../location/api/location.loader';
import { toLocationModel } from '../../location/api/location.mapper';
import { LocationModel } from '../../location/api/location.model';
import { HealthFacilityQueries } from '../application/health-facility.queries';
import { HealthFacilityConnection } from './health-facility.connection';
import { HealthFacilityFilterInput } from './health-facility-filter.input';
import { toHealthFacilityModel, toHealthFacilityVersionModel } from './health-facility.mapper';
import { HealthFacilityModel } from './health-facility.model';
import { HealthFacilityVersionModel } from './health-facility-version.model';

const REFERENCES = Symbol('health-facility-references');

@Resolver(() => HealthFacilityModel)
export class HealthFacilityResolver {
  constructor(
    private readonly queries: HealthFacilityQueries,
    private readonly locations: LocationQueries,
  ) {}

  @Query(() => HealthFacilityConnection, { description: 'Current health facilities matching the filter, in creation order' })
  async healthFacilities(
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => HealthFacilityFilterInput, nullable: true }) filter?: HealthFacilityFilterInput | null,
  ): Promise<HealthFacilityConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, window);
    return toConnection(rows.map(toHealthFacilityModel), window, totalCount);
  }

  @Query(() => HealthFacilityModel, { nullable: true, description: 'A current health facility; null when unknown or deleted' })
  async healthFacility(@Args('id', { type: () => ID }) id: string): Promise<HealthFacilityModel | null> {
    const view = await this.queries.byId(id);
    return view && toHealthFacilityModel(view);
  }

  @Query(() => [HealthFacilityVersionModel], { description: 'Past versions of a health facility, oldest first' })
  async healthFacilityHistory(@Args('id', { type: () => ID }) id: string): Promise<HealthFacilityVersionModel[]> {
    return (await this.queries.history(id)).map(toHealthFacilityVersionModel);
  }

  @ResolveField(() => LocationModel, { nullable: true, description: 'The district; null if it has been deleted since' })
  async district(@Parent() facility: HealthFacilityModel, @Context() context: GraphQLContext): Promise<LocationModel | null> {
    const district = await LocationLoader.of(context, this.locations).byId.load(facility.districtId);
    return district && toLocationModel(district);
  }

  @ResolveReference()
  async resolveReference(@Parent() reference: { id: string }, @Context() context: GraphQLContext): Promise<HealthFacilityModel | null> {
    const view = await perRequest(context, REFERENCES, () => new BatchLoader((ids: string[]) => this.queries.byIds(ids), null)).load(reference.id);
    return view && toHealthFacilityModel(view);
  }
}
