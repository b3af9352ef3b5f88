import type { EntityManager } from '@mikro-orm/postgresql';
import { refuse } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';
import { isUuid } from '@imis/persistence';
import { mayManageStaffMember, type HeldLocations } from '../../domain/scope-rules';
import { userAdminErrors } from '../../domain/user-admin.errors';
import { EnrolmentOfficer } from '../../infrastructure/enrolment-officer.entity';
import { linkedUser, lockHeldLocations } from '../held-locations';
import { officerScopeCondition } from './officer.queries';

/**
 * A current officer the caller may change, with what its login and the new login (`newUserId`) hold,
 * both locked; otherwise refused as not found, like an unknown id. The caller must see it, and it and
 * its login must lie inside the caller's scope: changing the officer changes what its login may reach.
 */
export async function findManagedOfficer(
  em: EntityManager,
  id: string,
  scope: ScopeFilter,
  newUserId?: string | null,
): Promise<[EnrolmentOfficer, Map<string, HeldLocations>]> {
  const officer = isUuid(id) ? await em.findOne(EnrolmentOfficer, { $and: [{ id, deletedAt: null }, officerScopeCondition(scope)] }) : null;
  const held = officer ? await lockHeldLocations(em, [officer.userId, newUserId]) : new Map<string, HeldLocations>();
  if (!officer || !mayManageStaffMember(scope, officer.villageIds, linkedUser(held, officer.userId))) refuse(userAdminErrors.notFound('ENROLMENT_OFFICER'));
  return [officer, held];
}

/** Codes are unique among current officers. */
export async function isOfficerCodeTaken(em: EntityManager, code: string, exceptId?: string): Promise<boolean> {
  const found = await em.findOne(EnrolmentOfficer, { code, deletedAt: null });
  return found !== null && found.id !== exceptId;
}
