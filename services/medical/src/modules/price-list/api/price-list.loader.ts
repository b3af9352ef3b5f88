import type { ScopeFilter } from '@imis/auth';
import { BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';
import type { FacilityPriceListsView } from '../application/facility-price-lists.view';
import type { PriceListQueries } from '../application/price-list.queries';
import type { PriceListView } from '../application/price-list.view';

const LOADER = Symbol('price-list-loader');

/**
 * Per request: facilities' assignments and lists by id, each level of a result one query (a page of 100
 * facilities with both lists: two statements). Lists are read within what the caller may see.
 */
export class PriceListLoader {
  readonly assignments: BatchLoader<string, FacilityPriceListsView | null>;
  readonly lists: BatchLoader<string, PriceListView | null>;

  private constructor(queries: PriceListQueries, visible: () => Promise<ScopeFilter>) {
    this.assignments = new BatchLoader((ids) => queries.assignments(ids), null);
    this.lists = new BatchLoader(async (ids) => queries.byIds(ids, await visible()), null);
  }

  static of(context: GraphQLContext, queries: PriceListQueries, visible: () => Promise<ScopeFilter>): PriceListLoader {
    return perRequest(context, LOADER, () => new PriceListLoader(queries, visible));
  }
}
