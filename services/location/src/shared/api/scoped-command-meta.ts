import { commandMeta, type LocationAccess, type RequestUser } from '@imis/auth';
import type { ScopedCommandMeta } from '../application/scoped-command-meta';

/** The verified user as a command's actor, with what it sees and what it may change. */
export async function scopedCommandMeta(access: LocationAccess, user: RequestUser, clientMutationId?: string | null): Promise<ScopedCommandMeta> {
  const [scope, visible] = await Promise.all([access.data(user), access.visible(user)]);
  return { ...commandMeta(user, clientMutationId), scope, visible };
}
