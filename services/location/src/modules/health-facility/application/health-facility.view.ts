import type { HealthFacilityFields } from '../domain/health-facility-fields';
import type { HealthFacility } from '../infrastructure/health-facility.entity';
import { healthFacilityState } from './health-facility-event-data';

/** A health facility as use cases return it: plain JSON, so an idempotent mutation can store and replay it. */
export interface HealthFacilityView extends HealthFacilityFields {
  id: string;
  districtId: string;
  version: number;
  /** ISO date-time. */
  validFrom: string;
  changedBy: string;
  deleted: boolean;
}

export function healthFacilityView(facility: HealthFacility): HealthFacilityView {
  return {
    ...healthFacilityState(facility),
    validFrom: facility.validFrom.toISOString(),
    changedBy: facility.changedBy,
    deleted: facility.isDeleted,
  };
}

export function healthFacilityFields(facility: HealthFacility): HealthFacilityFields {
  const { id: _id, version: _version, districtId: _districtId, ...fields } = healthFacilityState(facility);
  return fields;
}
