import type { HealthFacilityVersionView } from '../application/health-facility-version.view';
import type { HealthFacilityView } from '../application/health-facility.view';
import type { CareType, HealthFacilityLevel, HealthFacilityStatus, HealthFacilitySubLevel, LegalForm } from './health-facility.enums';
import { HealthFacilityModel } from './health-facility.model';
import { HealthFacilityVersionModel } from './health-facility-version.model';

type Classified = Pick<HealthFacilityView, 'legalForm' | 'level' | 'subLevel' | 'careType' | 'status' | 'validFrom'>;

/** Enum values are the openIMIS codes, so each classification maps to both its enum and its code field. */
function classifications(view: Classified) {
  return {
    legalForm: view.legalForm as LegalForm,
    legalFormCode: view.legalForm,
    level: view.level as HealthFacilityLevel,
    levelCode: view.level,
    subLevel: view.subLevel as HealthFacilitySubLevel | null,
    subLevelCode: view.subLevel,
    careType: view.careType as CareType,
    careTypeCode: view.careType,
    status: view.status as HealthFacilityStatus,
    statusCode: view.status,
    validFrom: new Date(view.validFrom),
  };
}

export function toHealthFacilityModel(view: HealthFacilityView): HealthFacilityModel {
  return Object.assign(new HealthFacilityModel(), { ...view, ...classifications(view) });
}

export function toHealthFacilityVersionModel(view: HealthFacilityVersionView): HealthFacilityVersionModel {
  return Object.assign(new HealthFacilityVersionModel(), { ...view, ...classifications(view), validTo: new Date(view.validTo) });
}
