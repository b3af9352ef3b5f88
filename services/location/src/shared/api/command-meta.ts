import type { RequestUser } from '@imis/auth';
import type { CommandMeta } from '@imis/graphql';

/**
 * Who sends a command: the verified user's id, recorded as `changedBy` of what it changes and keying its
 * clientMutationId replays (a retry by another user is never a replay).
 */
export function commandMeta(user: RequestUser, clientMutationId?: string | null): CommandMeta {
  return { actor: user.id, clientMutationId };
}
