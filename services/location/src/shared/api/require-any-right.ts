import { GraphQLError } from 'graphql';
import type { RequestUser, RightCode } from '@imis/auth';

/**
 * For a right that depends on the input (the AuthGuard has already checked the operation's rights):
 * refuses as the guard does, with FORBIDDEN and the rights needed, unless the user has one of them.
 */
export function requireAnyRight(user: RequestUser, rights: readonly RightCode[]): void {
  if (user.hasAnyRight(rights)) return;
  throw new GraphQLError(`This operation needs one of the rights ${rights.join(', ')}`, {
    extensions: { code: 'FORBIDDEN', requiredRights: rights },
  });
}
