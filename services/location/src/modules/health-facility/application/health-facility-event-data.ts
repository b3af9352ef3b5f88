import type { HealthFacilityDeletedData, HealthFacilityState } from '@imis/contracts';
import type { HealthFacility } from '../infrastructure/health-facility.entity';

/** The state carried by `created`/`updated` events. */
export function healthFacilityState(facility: HealthFacility): HealthFacilityState {
  return {
    id: facility.id,
    code: facility.code,
    name: facility.name,
    legalForm: facility.legalForm,
    level: facility.level,
    subLevel: facility.subLevel,
    careType: facility.careType,
    districtId: facility.districtId,
    address: facility.address,
    phone: facility.phone,
    fax: facility.fax,
    email: facility.email,
    accountingCode: facility.accountingCode,
    contractStartDate: facility.contractStartDate,
    contractEndDate: facility.contractEndDate,
    status: facility.status,
    offline: facility.offline,
    version: facility.version,
  };
}

export function healthFacilityDeletedData(facility: HealthFacility): HealthFacilityDeletedData {
  const { id, code, districtId, version } = facility;
  return { id, code, districtId, version };
}
