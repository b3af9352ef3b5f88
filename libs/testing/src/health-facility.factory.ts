import { randomUUID } from 'crypto';
import { createEvent, healthFacilityCreatedEvent, type CloudEvent, type HealthFacilityState } from '@imis/contracts';

/** A health facility as the location service announces it, for services that keep a facility projection. */
export function healthFacilityState(districtId: string, code: string, version = 1): HealthFacilityState {
  return {
    id: randomUUID(),
    code,
    name: `Facility ${code}`,
    legalForm: 'G',
    level: 'D',
    subLevel: null,
    careType: 'B',
    districtId,
    address: null,
    phone: null,
    fax: null,
    email: null,
    accountingCode: null,
    contractStartDate: null,
    contractEndDate: null,
    status: 'AC',
    offline: false,
    version,
  };
}

export function healthFacilityCreated(facility: HealthFacilityState): CloudEvent<HealthFacilityState> {
  return createEvent(healthFacilityCreatedEvent, { subject: facility.id, data: facility });
}
