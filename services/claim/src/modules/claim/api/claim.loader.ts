import { BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';
import type { ClaimQueries } from '../application/claim.queries';
import type { ClaimScope } from '../application/claim-scope';
import type { ClaimView } from '../application/claim.view';

const LOADER = Symbol('claim-loader');

/** Per request: the claims of insurees and of facilities, each level of a response one query (plus the lines). */
export class ClaimLoader {
  readonly ofInsurees: BatchLoader<string, ClaimView[]>;
  readonly ofFacilities: BatchLoader<string, ClaimView[]>;

  private constructor(claims: ClaimQueries, scope: () => Promise<ClaimScope>) {
    this.ofInsurees = new BatchLoader(async (ids) => claims.of('insureeId', ids, await scope()), []);
    this.ofFacilities = new BatchLoader(async (ids) => claims.of('healthFacilityId', ids, await scope()), []);
  }

  static of(context: GraphQLContext, claims: ClaimQueries, scope: () => Promise<ClaimScope>): ClaimLoader {
    return perRequest(context, LOADER, () => new ClaimLoader(claims, scope));
  }
}
