import type { ScopeFilter } from '@imis/auth';
import type { DomainError } from '@imis/kernel';
import { registryErrors } from './registry.errors';

/** Where a family is, for the scope rules. */
export interface FamilyPlace {
  readonly villageId: string;
}

/** Where an insuree is: its family (if any) and that family's village, and its own current village. */
export interface InsureePlace {
  readonly familyId: string | null;
  readonly familyVillageId: string | null;
  readonly currentVillageId: string | null;
}

function inScope(scope: ScopeFilter, villageId: string | null): boolean {
  return scope.everywhere || (villageId !== null && scope.locationIds.includes(villageId));
}

/** A family is visible when its village is in the scope. */
export function familyInScope(family: FamilyPlace, scope: ScopeFilter): boolean {
  return inScope(scope, family.villageId);
}

/** An insuree is visible when its family's village or its own current village is in the scope. */
export function insureeInScope(insuree: Omit<InsureePlace, 'familyId'>, scope: ScopeFilter): boolean {
  return inScope(scope, insuree.familyVillageId) || inScope(scope, insuree.currentVillageId);
}

/** Why a command may not change this family: unknown or outside the scope, answered alike. */
export function familyChangeRefusal(family: FamilyPlace | null, scope: ScopeFilter, field = 'id'): DomainError | null {
  return family && familyInScope(family, scope) ? null : registryErrors.familyNotFound(field);
}

/**
 * Why a command may not change this insuree. One the caller cannot see is answered as an unknown id. A
 * member of a family is changed only within its family's scope (any change of a member changes the
 * family's membership): one the caller sees by its own village while its family lives outside the scope
 * is answered as the unknown family it is for the caller. An insuree without a family is changed within
 * the scope of its current village.
 */
export function insureeChangeRefusal(insuree: InsureePlace | null, scope: ScopeFilter, field = 'id'): DomainError | null {
  if (!insuree || !insureeInScope(insuree, scope)) return registryErrors.insureeNotFound(field);
  if (insuree.familyId !== null && !inScope(scope, insuree.familyVillageId)) return registryErrors.insureeFamilyNotFound(field);
  return null;
}
