import type { ScopeFilter } from '@imis/auth';

/**
 * Every location a user holds, each of which places it somewhere (and, but for its own facility, widens
 * its token's scope): its districts, its health facility's district, the villages of the enrolment
 * officers linked to it and the districts of the facilities of the claim administrators linked to it.
 */
export interface HeldLocations {
  readonly districtIds: readonly string[];
  readonly facilityDistrictId: string | null;
  readonly officerVillageIds: readonly string[];
  readonly claimAdminDistrictIds: readonly string[];
}

export function locationsHeld(held: HeldLocations): string[] {
  const all = [...held.districtIds, ...held.officerVillageIds, ...held.claimAdminDistrictIds];
  if (held.facilityDistrictId !== null) all.push(held.facilityDistrictId);
  return [...new Set(all)];
}

/** The given locations the caller may not hand out (outside its scope), in their order. */
export function outsideScope(scope: ScopeFilter, locationIds: readonly string[]): string[] {
  if (scope.everywhere) return [];
  const inScope = new Set(scope.locationIds);
  return locationIds.filter((id) => !inScope.has(id));
}

/**
 * Whether a record placed at these locations is the caller's to touch: always for an administrator;
 * otherwise only a record placed somewhere, and only inside the caller's scope. A record that also sits
 * outside it is someone else's too, so changing it would reach beyond the caller's scope.
 */
export function mayTouch(scope: ScopeFilter, locationIds: readonly string[]): boolean {
  return scope.everywhere || (locationIds.length > 0 && outsideScope(scope, locationIds).length === 0);
}

/**
 * Whether the caller may change, delete, set the password of, link or unlink this user: every location
 * it holds lies in the caller's scope, so that nobody takes over an account that reaches further.
 */
export function mayManageUser(scope: ScopeFilter, held: HeldLocations): boolean {
  return mayTouch(scope, locationsHeld(held));
}

/**
 * Whether the caller may change or delete an enrolment officer or claim administrator placed at `own`
 * (its villages, its facility's district): the record lies inside its scope, and so does every location
 * of the user it is linked to, whose scope the change would alter (`null`: no current linked user).
 */
export function mayManageStaffMember(scope: ScopeFilter, own: readonly string[], linkedUser: HeldLocations | null): boolean {
  return mayTouch(scope, own) && (linkedUser === null || mayManageUser(scope, linkedUser));
}
