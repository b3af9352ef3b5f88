import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { runUseCase } from '@imis/application';
import { CurrentUser, LocationAccess, type RequestUser, RequireRights } from '@imis/auth';
import { type GraphQLContext, LocalDateScalar } from '@imis/graphql';
import { AssignPriceLists } from '../application/assign-price-lists.command';
import { EffectivePriceQuery } from '../application/effective-price.query';
import { PriceListAccess } from '../application/price-list-access';
import { PriceListQueries } from '../application/price-list.queries';
import type { PriceListKind } from '../domain/price-list-kind';
import { AssignPriceListsInput, EffectivePriceModel, FacilityPriceListsModel, FacilityPriceListsPayload, HealthFacilityPriceListsModel } from './facility-price-lists.model';
import { PriceListLoader } from './price-list.loader';
import { toEffectivePriceModel, toPriceListModel } from './price-list.mapper';
import { PriceListModel } from './price-list.model';
import { PriceListRight } from './price-list-rights';

/**
 * What a health facility charges by: the assignment mutation, `HealthFacility.itemsPriceList` /
 * `servicesPriceList` (resolved here for the gateway, batched over all the facilities of a response) and
 * the effective price query.
 */
@Resolver(() => HealthFacilityPriceListsModel)
export class FacilityPriceListsResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: PriceListQueries,
    private readonly effectivePrices: EffectivePriceQuery,
    private readonly access: PriceListAccess,
    private readonly locations: LocationAccess,
    private readonly assignUseCase: AssignPriceLists,
  ) {}

  @RequireRights(PriceListRight.Assign)
  @Mutation(() => FacilityPriceListsPayload, { description: "Sets a health facility's items and services price lists" })
  async assignPriceLists(@Args('input') { clientMutationId, ...data }: AssignPriceListsInput, @CurrentUser() user: RequestUser): Promise<FacilityPriceListsPayload> {
    const result = await runUseCase(this.em, this.assignUseCase, data, await this.access.meta(user, clientMutationId));
    return {
      facilityPriceLists: result.facilityPriceLists ? Object.assign(new FacilityPriceListsModel(), result.facilityPriceLists) : null,
      errors: result.errors,
      clientMutationId: clientMutationId ?? null,
    };
  }

  @RequireRights(PriceListRight.ItemsSearch, PriceListRight.ServicesSearch, PriceListRight.ClaimSearch, PriceListRight.ClaimAdd)
  @Query(() => EffectivePriceModel, {
    nullable: true,
    description: 'The price of an item (itemCode) or a service (serviceCode) at a facility on a date; null when the facility is unknown or out of your scope',
  })
  async effectivePrice(
    @CurrentUser() user: RequestUser,
    @Args('healthFacilityId', { type: () => ID }) healthFacilityId: string,
    @Args('date', { type: () => LocalDateScalar }) date: string,
    @Args('itemCode', { type: () => String, nullable: true }) itemCode?: string | null,
    @Args('serviceCode', { type: () => String, nullable: true }) serviceCode?: string | null,
  ): Promise<EffectivePriceModel | null> {
    if (!itemCode === !serviceCode) {
      throw new GraphQLError('Give exactly one of itemCode and serviceCode', { extensions: { code: 'BAD_USER_INPUT', argument: 'itemCode' } });
    }
    const kind: PriceListKind = itemCode ? 'ITEMS' : 'SERVICES';
    const result = await this.effectivePrices.of(healthFacilityId, kind, (itemCode ?? serviceCode)!.trim(), date, await this.locations.data(user));
    return result && toEffectivePriceModel(kind, result);
  }

  /** Federation `_entities`: the location subgraph already applied the caller's scope to the facility itself. */
  @ResolveReference()
  resolveReference(@Parent() reference: { id: string }): HealthFacilityPriceListsModel {
    return Object.assign(new HealthFacilityPriceListsModel(), { id: reference.id });
  }

  @RequireRights(PriceListRight.HealthFacilitySearch, PriceListRight.ItemsSearch)
  @ResolveField(() => PriceListModel, { nullable: true, description: 'The items price list it charges by (medical service); null when none or out of your scope' })
  itemsPriceList(@Parent() facility: HealthFacilityPriceListsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext) {
    return this.assigned('itemsPriceListId', facility.id, user, context);
  }

  @RequireRights(PriceListRight.HealthFacilitySearch, PriceListRight.ServicesSearch)
  @ResolveField(() => PriceListModel, { nullable: true, description: 'The services price list it charges by (medical service); null when none or out of your scope' })
  servicesPriceList(@Parent() facility: HealthFacilityPriceListsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext) {
    return this.assigned('servicesPriceListId', facility.id, user, context);
  }

  private async assigned(
    slot: 'itemsPriceListId' | 'servicesPriceListId',
    facilityId: string,
    user: RequestUser,
    context: GraphQLContext,
  ): Promise<PriceListModel | null> {
    const loader = PriceListLoader.of(context, this.queries, () => this.access.visible(user));
    const listId = (await loader.assignments.load(facilityId))?.[slot];
    const list = listId ? await loader.lists.load(listId) : null;
    return list && toPriceListModel(list);
  }
}

/** The lists of an assignment returned by assignPriceLists. */
@Resolver(() => FacilityPriceListsModel)
export class FacilityPriceListsFieldResolver {
  constructor(
    private readonly queries: PriceListQueries,
    private readonly access: PriceListAccess,
  ) {}

  @ResolveField(() => HealthFacilityPriceListsModel, { description: 'The facility (its other fields from the location service)' })
  healthFacility(@Parent() assignment: FacilityPriceListsModel): HealthFacilityPriceListsModel {
    return Object.assign(new HealthFacilityPriceListsModel(), { id: assignment.healthFacilityId });
  }

  @ResolveField(() => PriceListModel, { nullable: true })
  itemsPriceList(@Parent() assignment: FacilityPriceListsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext) {
    return this.list(assignment.itemsPriceListId, user, context);
  }

  @ResolveField(() => PriceListModel, { nullable: true })
  servicesPriceList(@Parent() assignment: FacilityPriceListsModel, @CurrentUser() user: RequestUser, @Context() context: GraphQLContext) {
    return this.list(assignment.servicesPriceListId, user, context);
  }

  private async list(id: string | null, user: RequestUser, context: GraphQLContext): Promise<PriceListModel | null> {
    const list = id ? await PriceListLoader.of(context, this.queries, () => this.access.visible(user)).lists.load(id) : null;
    return list && toPriceListModel(list);
  }
}
