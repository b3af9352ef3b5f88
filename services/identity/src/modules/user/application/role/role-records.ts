import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@imis/persistence';
import { Role } from '../../infrastructure/role.entity';

/** The current role with this id, or null. */
export function findRole(em: EntityManager, id: string): Promise<Role | null> {
  return isUuid(id) ? em.findOne(Role, { id, deletedAt: null }) : Promise.resolve(null);
}

/** Role names are unique among current roles, ignoring case. */
export async function isRoleNameTaken(em: EntityManager, name: string, exceptId?: string): Promise<boolean> {
  const rows = await em.execute<{ id: string }[]>('select id from role where deleted_at is null and lower(name) = lower(?)', [name]);
  return rows.some((row) => row.id !== exceptId);
}
