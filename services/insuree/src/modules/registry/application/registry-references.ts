import type { EntityManager } from '@mikro-orm/core';
import { allows, type ScopeFilter } from '@imis/auth';
import type { DomainError } from '@imis/kernel';
import { healthFacilitiesByIds, locationsByIds } from '@imis/location-projection';
import { isUuid } from '@imis/persistence';
import { registryErrors } from '../domain/registry.errors';
import { referenceErrors } from './reference.errors';

/**
 * Checks of the locations and facilities a command refers to, against this service's projections of the
 * location service (a village must be a current village; a family's village must be in the sender's scope, else it is
 * answered as an unknown village).
 */
export async function villageRefusal(em: EntityManager, villageId: string, scope: ScopeFilter | null, field = 'villageId'): Promise<DomainError | null> {
  if (!isUuid(villageId)) return registryErrors.familyVillageNotVillage(field);
  const [village] = await locationsByIds(em.getConnection(), [villageId]);
  // A village outside the sender's scope is answered as an unknown one.
  const usable = village?.type === 'V' && (scope === null || allows(scope, villageId));
  return usable ? null : registryErrors.familyVillageNotVillage(field);
}

export async function healthFacilityRefusal(em: EntityManager, facilityId: string | null, field = 'healthFacilityId'): Promise<DomainError | null> {
  if (facilityId === null) return null;
  if (!isUuid(facilityId)) return referenceErrors.healthFacilityUnknown(field);
  const [facility] = await healthFacilitiesByIds(em.getConnection(), [facilityId]);
  return facility ? null : referenceErrors.healthFacilityUnknown(field);
}

/** An insuree's own current village (where it lives when not in its family's village): any current village. */
export function currentVillageRefusal(em: EntityManager, villageId: string | null): Promise<DomainError | null> {
  return villageId === null ? Promise.resolve(null) : villageRefusal(em, villageId, null, 'currentVillageId');
}

/** A client-chosen id (records created offline) must be a UUID; absent, the server picks one. */
export function clientIdRefusal(id: string | null | undefined, field: string): DomainError | null {
  return id === null || id === undefined || isUuid(id) ? null : referenceErrors.idInvalid(field);
}
