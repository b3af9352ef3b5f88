import type { LocationQueries } from '../application/location.queries';
import type { LocationView } from '../application/location.view';
import { BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';

const LOADER = Symbol('location-loader');

/** Per-request batching of location look-ups (parents, children, federation references, districts). */
export class LocationLoader {
  readonly byId: BatchLoader<string, LocationView | null>;
  readonly childrenOf: BatchLoader<string, LocationView[]>;

  private constructor(queries: LocationQueries) {
    this.byId = new BatchLoader((ids) => queries.byIds(ids), null);
    this.childrenOf = new BatchLoader((ids) => queries.childrenOf(ids), []);
  }

  static of(context: GraphQLContext, queries: LocationQueries): LocationLoader {
    return perRequest(context, LOADER, () => new LocationLoader(queries));
  }
}
