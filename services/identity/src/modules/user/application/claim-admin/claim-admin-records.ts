import type { EntityManager } from '@mikro-orm/postgresql';
import { refuse } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';
import { ProjectedHealthFacility } from '@imis/location-projection';
import { isUuid } from '@imis/persistence';
import { mayManageStaffMember, type HeldLocations } from '../../domain/scope-rules';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { ClaimAdministrator } from '../../infrastructure/claim-administrator.entity';
import { linkedUser, lockHeldLocations } from '../held-locations';
import { claimAdminScopeCondition } from './claim-admin.queries';

/**
 * A current claim administrator the caller may change, with what its login and the new login
 * (`newUserId`) hold, both locked; otherwise refused as not found, like an unknown id. Its facility's
 * district and its login must lie inside the caller's scope: changing it changes what its login may reach.
 */
export async function findManagedClaimAdmin(
  em: EntityManager,
  id: string,
  scope: ScopeFilter,
  newUserId?: string | null,
): Promise<[ClaimAdministrator, Map<string, HeldLocations>]> {
  const admin = isUuid(id) ? await em.findOne(ClaimAdministrator, { $and: [{ id, deletedAt: null }, await claimAdminScopeCondition(em, scope)] }) : null;
  const held = admin ? await lockHeldLocations(em, [admin.userId, newUserId]) : new Map<string, HeldLocations>();
  const facility = admin && (await em.findOne(ProjectedHealthFacility, { id: admin.healthFacilityId }));
  if (!admin || !mayManageStaffMember(scope, facility ? [facility.districtId] : [], linkedUser(held, admin.userId))) {
    refuse(userAdminErrors.notFound('CLAIM_ADMINISTRATOR'));
  }
  return [admin, held];
}

/** Codes are unique among current claim administrators. */
export async function isClaimAdminCodeTaken(em: EntityManager, code: string, exceptId?: string): Promise<boolean> {
  const found = await em.findOne(ClaimAdministrator, { code, deletedAt: null });
  return found !== null && found.id !== exceptId;
}
