import type { EntityManager } from '@mikro-orm/postgresql';
import { refuse } from '@imis/application';
import type { ScopeFilter } from '@imis/auth';
import { locationsByIds, mayChangeLocated } from '@imis/location-projection';
import { isPayerLocationType } from '../domain/payer-fields';
import { payerErrors } from '../domain/payer.errors';

/** A payer's location: none (national, unrestricted scope only) or a current region or district in the scope. */
export async function expectPayerLocation(tx: EntityManager, locationId: string | null, scope: ScopeFilter): Promise<string | null> {
  if (!mayChangeLocated(scope, locationId)) refuse(payerErrors.locationInvalid());
  if (locationId === null) return null;
  const [location] = await locationsByIds(tx, [locationId]);
  if (!location || !isPayerLocationType(location.type)) refuse(payerErrors.locationInvalid());
  return locationId;
}
