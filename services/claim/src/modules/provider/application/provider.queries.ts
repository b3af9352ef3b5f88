import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, selectEntities, uuidArrayLiteral } from '@imis/persistence';
import { ClaimAdmin } from '../infrastructure/claim-admin.entity';
import { HealthFacility } from '../infrastructure/health-facility.entity';

const CURRENT_WITH_IDS = 'id = any(?::uuid[]) and not deleted';

/** The current facilities with these ids: one query (read-only: outside the unit of work). */
export async function facilitiesByIds(em: EntityManager, ids: readonly string[]): Promise<Map<string, HealthFacility>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return new Map();
  const rows = await selectEntities(em, HealthFacility, CURRENT_WITH_IDS, [uuidArrayLiteral(valid)]);
  return new Map(rows.map((row) => [row.id, row]));
}

/** The current claim administrator a user signs in as, if any. */
export async function claimAdminOfUser(em: EntityManager, userId: string): Promise<ClaimAdmin | null> {
  if (!isUuid(userId)) return null;
  return em.findOne(ClaimAdmin, { userId, deleted: false }, { orderBy: { id: 'asc' } });
}

/** The current claim administrators with these ids: one query (read-only: outside the unit of work). */
export async function claimAdminsByIds(em: EntityManager, ids: readonly string[]): Promise<Map<string, ClaimAdmin>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return new Map();
  const rows = await selectEntities(em, ClaimAdmin, CURRENT_WITH_IDS, [uuidArrayLiteral(valid)]);
  return new Map(rows.map((row) => [row.id, row]));
}
