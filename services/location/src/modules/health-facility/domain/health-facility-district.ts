import { ok, refused, type Result } from '@imis/kernel';
import type { LocationTypeCode } from '../../location';
import { healthFacilityErrors } from './health-facility.errors';

/** A health facility is placed in a current district (`null`: none sent, or no current location has the id). */
export function checkDistrict<T extends { type: LocationTypeCode }>(location: T | null): Result<T> {
  return location?.type === 'D' ? ok(location) : refused(healthFacilityErrors.districtInvalid());
}
