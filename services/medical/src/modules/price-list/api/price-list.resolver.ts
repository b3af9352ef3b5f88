import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser, type RequestUser, RequireRights } from '@imis/auth';
import { ConnectionArgs, type EntityReference, idPageOf, locationReferenceTypes, pageOf, referenceTo, toConnection, toIdConnection } from '@imis/graphql';
import { PriceListAccess } from '../application/price-list-access';
import { PriceListQueries } from '../application/price-list.queries';
import { PriceListDetailConnection } from './price-list-detail.model';
import { PriceListConnection } from './price-list.connection';
import { PriceListFilterInput } from './price-list.inputs';
import { toDetailModel, toPriceListModel, toPriceListVersionModel } from './price-list.mapper';
import { PriceListModel } from './price-list.model';
import { PriceListRight } from './price-list-rights';
import { PriceListVersionModel } from './price-list-version.model';
import type { PriceListKind } from '../domain/price-list-kind';

const { LocationReference } = locationReferenceTypes();

/**
 * Reads of price lists: a caller sees national lists and those located in its data scope or above it;
 * any other list does not exist for it.
 */
@Resolver(() => PriceListModel)
export class PriceListResolver {
  constructor(
    private readonly queries: PriceListQueries,
    private readonly access: PriceListAccess,
  ) {}

  @RequireRights(PriceListRight.ItemsSearch)
  @Query(() => PriceListConnection, { description: 'Current items price lists matching the filter, in creation order' })
  itemsPriceLists(@CurrentUser() user: RequestUser, @Args() page: ConnectionArgs, @Args('filter', { type: () => PriceListFilterInput, nullable: true }) filter?: PriceListFilterInput | null) {
    return this.search('ITEMS', user, page, filter);
  }

  @RequireRights(PriceListRight.ServicesSearch)
  @Query(() => PriceListConnection, { description: 'Current services price lists matching the filter, in creation order' })
  servicesPriceLists(@CurrentUser() user: RequestUser, @Args() page: ConnectionArgs, @Args('filter', { type: () => PriceListFilterInput, nullable: true }) filter?: PriceListFilterInput | null) {
    return this.search('SERVICES', user, page, filter);
  }

  @RequireRights(PriceListRight.ItemsSearch)
  @Query(() => PriceListModel, { nullable: true, description: 'A current items price list; null when unknown, deleted or out of your scope' })
  itemsPriceList(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string) {
    return this.byId('ITEMS', user, id);
  }

  @RequireRights(PriceListRight.ServicesSearch)
  @Query(() => PriceListModel, { nullable: true, description: 'A current services price list; null when unknown, deleted or out of your scope' })
  servicesPriceList(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string) {
    return this.byId('SERVICES', user, id);
  }

  @RequireRights(PriceListRight.ItemsSearch)
  @Query(() => [PriceListVersionModel], { description: 'Past versions of an items price list with their rows, oldest first' })
  itemsPriceListHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string) {
    return this.history('ITEMS', user, id);
  }

  @RequireRights(PriceListRight.ServicesSearch)
  @Query(() => [PriceListVersionModel], { description: 'Past versions of a services price list with their rows, oldest first' })
  servicesPriceListHistory(@CurrentUser() user: RequestUser, @Args('id', { type: () => ID }) id: string) {
    return this.history('SERVICES', user, id);
  }

  @ResolveField(() => PriceListDetailConnection, { description: 'The rows, in item (service) id order, each with its item or service' })
  async details(@Parent() list: PriceListModel, @Args() args: ConnectionArgs): Promise<PriceListDetailConnection> {
    const page = idPageOf(args);
    const { rows, totalCount } = await this.queries.details(list, page);
    return toIdConnection(
      rows.map((row) => ({ ...row, id: row.entryId })),
      page,
      totalCount,
      (row) => toDetailModel(list.kind, row),
    );
  }

  @ResolveField(() => LocationReference, { nullable: true, description: 'The region or district (from the location service); null = national' })
  location(@Parent() list: PriceListModel): EntityReference | null {
    return referenceTo(list.locationId);
  }

  private async search(kind: PriceListKind, user: RequestUser, args: ConnectionArgs, filter?: PriceListFilterInput | null): Promise<PriceListConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.search(kind, filter ?? {}, page, await this.access.visible(user));
    return toConnection(rows, page, totalCount, toPriceListModel);
  }

  private async byId(kind: PriceListKind, user: RequestUser, id: string): Promise<PriceListModel | null> {
    const view = await this.queries.byId(kind, id, await this.access.visible(user));
    return view && toPriceListModel(view);
  }

  private async history(kind: PriceListKind, user: RequestUser, id: string): Promise<PriceListVersionModel[]> {
    return (await this.queries.history(kind, id, await this.access.visible(user))).map(toPriceListVersionModel);
  }
}
