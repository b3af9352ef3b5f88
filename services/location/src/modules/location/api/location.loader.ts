import type { ScopeFilter } from '@imis/auth';
import type { LocationQueries } from '../application/location.queries';
import type { LocationView } from '../application/location.view';
import { BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';

const LOADER = Symbol('location-loader');

/**
 * Per-request batching of location look-ups (parents, children, federation references, districts),
 * within the locations the request's user may see: one out of scope loads as missing.
 */
export class LocationLoader {
  readonly byId: BatchLoader<string, LocationView | null>;
  readonly childrenOf: BatchLoader<string, LocationView[]>;

  private constructor(queries: LocationQueries, scope: () => Promise<ScopeFilter>) {
    this.byId = new BatchLoader(async (ids) => queries.byIds(ids, await scope()), null);
    this.childrenOf = new BatchLoader(async (ids) => queries.childrenOf(ids, await scope()), []);
  }

  /** The request's loader; `scope` (the user's visible locations) is asked once per batch and memoised per request. */
  static of(context: GraphQLContext, queries: LocationQueries, scope: () => Promise<ScopeFilter>): LocationLoader {
    return perRequest(context, LOADER, () => new LocationLoader(queries, scope));
  }
}
