import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@imis/persistence';
import { mayManageUser } from '../../domain/scope-rules';
import { AppUser } from '../../infrastructure/app-user.entity';
import { foldedUsername } from '../../infrastructure/user.indexes';
import type { Caller } from '../admin-command-meta';
import { lockHeldLocations } from '../held-locations';
import { userScopeCondition } from './user.queries';

/** Usernames are unique among current users, ignoring case (the unique index's folding). */
export async function isUsernameTaken(em: EntityManager, username: string, exceptId?: string): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>(`select id from app_user where deleted_at is null and ${foldedUsername('username')} = ${foldedUsername('?')}`, [
    username,
  ]);
  return rows.some((row) => row.id !== exceptId);
}

/**
 * A current user the caller may manage, or null (refused as not found, like an unknown id): one it sees
 * (a district in its scope) and every location of which lies in its scope (`mayManageUser`). The user's
 * row is locked first, so the check holds until the command commits.
 */
export async function findManagedUser(em: EntityManager, id: string, caller: Caller): Promise<AppUser | null> {
  if (!isUuid(id)) return null;
  if (!caller.scope.everywhere) {
    const held = (await lockHeldLocations(em, [id])).get(id);
    if (!held || !mayManageUser(caller.scope, held)) return null;
  }
  return em.findOne(AppUser, { $and: [{ id, deletedAt: null }, userScopeCondition(caller.scope)] });
}
