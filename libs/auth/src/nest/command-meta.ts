import type { RequestUser } from '../request-user';

/**
 * Who sends a command: the verified user's id, recorded as `changedBy` of what it changes and keying its
 * clientMutationId replays (a retry by another user is never a replay).
 */
export function commandMeta(user: RequestUser, clientMutationId?: string | null): { actor: string; clientMutationId?: string | null } {
  return { actor: user.id, clientMutationId };
}
