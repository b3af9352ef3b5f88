import type { RequestUser, LocationAccess } from '@imis/auth';
import { BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';
import type { FamilyView } from '../application/family.view';
import type { InsureeView } from '../application/insuree.view';
import type { RegistryQueries } from '../application/registry.queries';

const LOADERS = Symbol('registry-loaders');

/**
 * Per-request batched reads (no N+1): every `Insuree.family`, `Family.members`/`head` and federation
 * reference of one request is answered by one query per kind, within the caller's scope.
 */
export class RegistryLoaders {
  readonly insurees: BatchLoader<string, InsureeView | null>;
  readonly families: BatchLoader<string, FamilyView | null>;
  readonly members: BatchLoader<string, InsureeView[]>;

  private constructor(queries: RegistryQueries, access: LocationAccess, user: RequestUser) {
    const scope = () => access.data(user);
    this.insurees = new BatchLoader(async (ids) => queries.insurees(ids, await scope()), null);
    this.families = new BatchLoader(async (ids) => queries.families(ids, await scope()), null);
    this.members = new BatchLoader(async (ids) => queries.members(ids, await scope()), []);
  }

  static of(context: GraphQLContext, queries: RegistryQueries, access: LocationAccess, user: RequestUser): RegistryLoaders {
    return perRequest(context, LOADERS, () => new RegistryLoaders(queries, access, user));
  }
}
