import type { EntityManager } from '@mikro-orm/postgresql';
import type { DomainError } from '@imis/kernel';
import { locationErrors, type LocationNode } from '../../location';
import { HealthFacility } from '../infrastructure/health-facility.entity';

/** A district's current health facilities keep it in use: it cannot be deleted until they move or go. */
export async function healthFacilitiesInDistrict(tx: EntityManager, location: LocationNode): Promise<DomainError[]> {
  if (location.type !== 'D') return [];
  const count = await tx.getRepository(HealthFacility).countCurrentInDistrict(location.id);
  return count > 0 ? [locationErrors.hasHealthFacilities(count)] : [];
}
