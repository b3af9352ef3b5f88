import { Args, Context, ID, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { CurrentUser, LocationAccess, type RequestUser, RequireRights, Right } from '@imis/auth';
import { ConnectionArgs, pageOf, toConnection, BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';
import { LocationLoader, LocationModel, LocationQueries, toLocationModel } from '../../location';
import { HealthFacilityQueries } from '../application/health-facility.queries';
import type { HealthFacilityView } from '../application/health-facility.view';
import { HEALTH_FACILITY_READ_RIGHTS } from '../../../shared/api/picker-rights';
import { HealthFacilityConnection } from './health-facility.connection';
import { HealthFacilityFilterInput } from './health-facility-filter.input';
import { toHealthFacilityModel, toHealthFacilityVersionModel } from './health-facility.mapper';
import { HealthFacilityModel } from './health-facility.model';
import { HealthFacilityVersionModel } from './health-facility-version.model';

const REFERENCES = Symbol('health-facility-references');

/**
 * Reads of health facilities: a caller sees those whose district is among the locations it may see (so
 * an enrolment officer sees the facilities of its villages' district).
 */
@Resolver(() => HealthFacilityModel)
export class HealthFacilityResolver {
  constructor(
    private readonly queries: HealthFacilityQueries,
    private readonly locations: LocationQueries,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(...HEALTH_FACILITY_READ_RIGHTS)
  @Query(() => HealthFacilityConnection, {
    description:
      'Current health facilities matching the filter, in creation order (right 121101, or a right to add or edit families or insurees: a first-point-of-service picker)',
  })
  async healthFacilities(
    @CurrentUser() user: RequestUser,
    @Args() page: ConnectionArgs,
    @Args('filter', { type: () => HealthFacilityFilterInput, nullable: true }) filter?: HealthFacilityFilterInput | null,
  ): Promise<HealthFacilityConnection> {
    const window = pageOf(page);
    const { rows, totalCount } = await this.queries.search(filter ?? {}, window, await this.access.visible(user));
    return toConnection(rows, window, totalCount, toHealthFacilityModel);
  }

  @RequireRights(...HEALTH_FACILITY_READ_RIGHTS)
  @Query(() => HealthFacilityModel, { nullable: true, description: 'A current health facility; null when unknown or deleted' })
  async healthFacility(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<HealthFacilityModel | null> {
    const view = await this.queries.byId(id, await this.access.visible(user));
    return view && toHealthFacilityModel(view);
  }

  @RequireRights(Right.HealthFacilitySearch)
  @Query(() => [HealthFacilityVersionModel], { description: 'Past versions of a health facility, oldest first' })
  async healthFacilityHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string): Promise<HealthFacilityVersionModel[]> {
    return (await this.queries.history(id, await this.access.visible(user))).map(toHealthFacilityVersionModel);
  }

  @ResolveField(() => LocationModel, { nullable: true, description: 'The district; null if it has been deleted since' })
  async district(
    @Parent() facility: HealthFacilityModel,
    @CurrentUser() user: RequestUser,
    @Context() context: GraphQLContext,
  ): Promise<LocationModel | null> {
    const district = await LocationLoader.of(context, this.locations, () => this.access.visible(user)).byId.load(facility.districtId);
    return district && toLocationModel(district);
  }

  /** Federation `_entities`: needs a valid token (the guard runs on reference resolvers) and stays in scope. */
  @ResolveReference()
  async resolveReference(
    @Parent() reference: { id: string },
    @CurrentUser() user: RequestUser,
    @Context() context: GraphQLContext,
  ): Promise<HealthFacilityModel | null> {
    const references = perRequest(
      context,
      REFERENCES,
      () => new BatchLoader<string, HealthFacilityView | null>(async (ids) => this.queries.byIds(ids, await this.access.visible(user)), null),
    );
    const view = await references.load(reference.id);
    return view && toHealthFacilityModel(view);
  }
}
