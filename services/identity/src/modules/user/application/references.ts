import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import type { DomainError } from '@imis/kernel';
import { healthFacilitiesByIds, locationsByIds } from '@imis/location-projection';
import { isUuid } from '@imis/persistence';
import { mayManageUser, outsideScope, type HeldLocations } from '../domain/scope-rules';
import { userAdminErrors } from '../domain/user-admin.errors';
import { Role } from '../infrastructure/role.entity';

/** The given ids that are not current locations of this type in the location projection. */
export async function unknownLocations(em: EntityManager, ids: readonly string[], type: 'D' | 'V'): Promise<string[]> {
  const known = new Set((await locationsByIds(em, ids, { type })).map((location) => location.id));
  return ids.filter((id) => !known.has(id));
}

/**
 * Current districts inside the caller's scope. One outside it is refused exactly as an unknown one, so
 * the answer never tells that it exists.
 */
export async function checkDistricts(em: EntityManager, ids: readonly string[], scope: ScopeFilter, errors: DomainError[]): Promise<void> {
  const refused = await unreachableLocations(em, ids, 'D', scope);
  if (refused.length > 0) errors.push(userAdminErrors.unknownDistrict(refused));
}

/** Current villages inside the caller's scope; one outside it is refused as unknown. */
export async function checkVillages(em: EntityManager, ids: readonly string[], scope: ScopeFilter, errors: DomainError[]): Promise<void> {
  const refused = await unreachableLocations(em, ids, 'V', scope);
  if (refused.length > 0) errors.push(userAdminErrors.unknownVillage(refused));
}

async function unreachableLocations(em: EntityManager, ids: readonly string[], type: 'D' | 'V', scope: ScopeFilter): Promise<string[]> {
  const refused = new Set([...(await unknownLocations(em, ids, type)), ...outsideScope(scope, ids)]);
  return ids.filter((id) => refused.has(id));
}

/** A current health facility inside the caller's scope (by its district); one outside it is refused as unknown. */
export async function checkHealthFacility(em: EntityManager, id: string | null, scope: ScopeFilter, errors: DomainError[]): Promise<void> {
  if (id === null) return;
  const [facility] = await healthFacilitiesByIds(em, [id]);
  if (!facility || outsideScope(scope, [facility.districtId]).length > 0) errors.push(userAdminErrors.unknownHealthFacility());
}

/** The current roles with these ids (unknown ids are left out). */
export function currentRoles(em: EntityManager, ids: readonly string[]): Promise<Role[]> {
  return em.find(Role, { id: { $in: ids.filter(isUuid) }, deletedAt: null });
}

/**
 * The user a staff member is linked to (its login): a current user, and for a non-administrator one it may
 * manage (`held`: what the users concerned hold, locked). Linking gives the user the staff member's
 * locations, so a user reaching outside the caller's scope is refused, exactly as an unknown one.
 */
export function checkLinkedUser(userId: string | null, scope: ScopeFilter, held: ReadonlyMap<string, HeldLocations>, errors: DomainError[]): void {
  if (userId === null) return;
  const user = held.get(userId);
  if (!user || !mayManageUser(scope, user)) errors.push(userAdminErrors.unknownUser());
}

/** A client-chosen id must be a UUID not used by any row, current or deleted. */
export async function checkNewId<T extends object>(em: EntityManager, entity: new () => T, id: string | null | undefined, errors: DomainError[]): Promise<void> {
  if (id === null || id === undefined) return;
  if (!isUuid(id)) errors.push(userAdminErrors.fieldInvalid('id', 'id must be a UUID'));
  else if ((await em.count(entity, { id } as never)) > 0) errors.push(userAdminErrors.idTaken());
}
