import type { EntityManager } from '@mikro-orm/postgresql';
import { allows, type ScopeFilter } from '@imis/auth';
import type { DomainError } from '@imis/kernel';
import { healthFacilitiesByIds, locationsByIds } from '@imis/location-projection';
import { isUuid } from '@imis/persistence';
import { userAdminErrors } from '../domain/user-admin.errors';
import { AppUser } from '../infrastructure/app-user.entity';
import { Role } from '../infrastructure/role.entity';

/** The given ids that are not current locations of this type in the location projection. */
export async function unknownLocations(em: EntityManager, ids: readonly string[], type: 'D' | 'V'): Promise<string[]> {
  const known = new Set((await locationsByIds(em, ids, { type })).map((location) => location.id));
  return ids.filter((id) => !known.has(id));
}

/**
 * Current districts; those not `alreadyHeld` must lie in the caller's scope (a district administrator may
 * keep, but not add, the other districts of a user it shares).
 */
export async function checkDistricts(em: EntityManager, ids: readonly string[], scope: ScopeFilter, errors: DomainError[], alreadyHeld: readonly string[] = []): Promise<void> {
  const unknown = await unknownLocations(em, ids, 'D');
  if (unknown.length > 0) errors.push(userAdminErrors.unknownDistrict(unknown));
  else if (!added(ids, alreadyHeld).every((id) => allows(scope, id))) errors.push(userAdminErrors.locationOutOfScope('districtIds'));
}

/** Current villages; those not `alreadyHeld` must lie in the caller's scope. */
export async function checkVillages(em: EntityManager, ids: readonly string[], scope: ScopeFilter, errors: DomainError[], alreadyHeld: readonly string[] = []): Promise<void> {
  const unknown = await unknownLocations(em, ids, 'V');
  if (unknown.length > 0) errors.push(userAdminErrors.unknownVillage(unknown));
  else if (!added(ids, alreadyHeld).every((id) => allows(scope, id))) errors.push(userAdminErrors.locationOutOfScope('villageIds'));
}

function added(ids: readonly string[], alreadyHeld: readonly string[]): string[] {
  return ids.filter((id) => !alreadyHeld.includes(id));
}

/** A current health facility inside the caller's scope (by its district). */
export async function checkHealthFacility(em: EntityManager, id: string | null, scope: ScopeFilter, errors: DomainError[]): Promise<void> {
  if (id === null) return;
  const [facility] = await healthFacilitiesByIds(em, [id]);
  if (!facility) errors.push(userAdminErrors.unknownHealthFacility());
  else if (!allows(scope, facility.districtId)) errors.push(userAdminErrors.locationOutOfScope('healthFacilityId'));
}

/** The current roles with these ids (unknown ids are left out). */
export function currentRoles(em: EntityManager, ids: readonly string[]): Promise<Role[]> {
  return em.find(Role, { id: { $in: ids.filter(isUuid) }, deletedAt: null });
}

export async function checkUser(em: EntityManager, id: string | null, errors: DomainError[]): Promise<void> {
  if (id === null) return;
  if (!isUuid(id) || (await em.count(AppUser, { id, deletedAt: null })) === 0) errors.push(userAdminErrors.unknownUser());
}

/** A client-chosen id must be a UUID not used by any row, current or deleted. */
export async function checkNewId<T extends object>(em: EntityManager, entity: new () => T, id: string | null | undefined, errors: DomainError[]): Promise<void> {
  if (id === null || id === undefined) return;
  if (!isUuid(id)) errors.push(userAdminErrors.fieldInvalid('id', 'id must be a UUID'));
  else if ((await em.count(entity, { id } as never)) > 0) errors.push(userAdminErrors.idTaken());
}
