import type { GraphQLContext } from '@imis/graphql';

/** The actor recorded until authentication exists. */
export const ANONYMOUS_ACTOR = 'anonymous';

/**
 * Who is making the request, as recorded in `changedBy` and keyed for clientMutationId replays.
 * There is no authentication yet: this is the one place the identity issue replaces (user id from the
 * verified token).
 */
export function currentActor(_context: GraphQLContext): string {
  return ANONYMOUS_ACTOR;
}
