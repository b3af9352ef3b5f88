import type { EntityManager } from '@mikro-orm/postgresql';
import type { ScopeFilter } from '@imis/auth';
import { ok, refused, type Result } from '@imis/kernel';
import { locationsByIds } from '@imis/location-projection';
import { isPriceListLocationType } from '../domain/price-list-fields';
import { priceListErrors } from '../domain/price-list.errors';
import { mayChange } from './price-list-access';

/**
 * Where a list may be put by this scope: a current region or district of the location projection within
 * it, or nowhere (national) with an unrestricted scope. A location outside the scope answers as an unknown one.
 */
export async function checkListLocation(tx: EntityManager, locationId: string | null, scope: ScopeFilter): Promise<Result<string | null>> {
  if (locationId === null) return mayChange(scope, null) ? ok(null) : refused(priceListErrors.locationInvalid());
  const [location] = await locationsByIds(tx, [locationId]);
  return location && isPriceListLocationType(location.type) && mayChange(scope, location.id) ? ok(location.id) : refused(priceListErrors.locationInvalid());
}
