import { BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';
import type { RoleQueries } from '../application/role/role.queries';
import type { RoleView } from '../application/role/role.view';

const ROLES = Symbol('roles-by-id');

/** Current roles by id, loaded once per request level (no N+1 on `roles` of a user list). */
export function roleLoader(context: GraphQLContext, queries: RoleQueries): BatchLoader<string, RoleView | null> {
  return perRequest(context, ROLES, () => new BatchLoader((ids: string[]) => queries.byIds(ids), null));
}
