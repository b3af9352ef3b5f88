import { graphqlEnumOf } from '@imis/graphql';
import {
  CARE_TYPES,
  type CareTypeCode,
  HEALTH_FACILITY_LEVELS,
  HEALTH_FACILITY_STATUSES,
  type HealthFacilityLevelCode,
  type HealthFacilityStatusCode,
  LEGAL_FORMS,
  type LegalFormCode,
  SUB_LEVELS,
  type SubLevelCode,
} from '../domain/health-facility-codes';

// Generated from the domain's code lists; the enum values are the openIMIS codes, each type also exposes them as `...Code` fields.

export const LegalForm = graphqlEnumOf('LegalForm', LEGAL_FORMS, {
  description: 'Legal form of a health facility (openIMIS codes C, D, G, P)',
  names: { C: 'CHARITY', D: 'DISTRICT_ORGANIZATION', G: 'GOVERNMENT', P: 'PRIVATE' },
});
export type LegalForm = LegalFormCode;

export const HealthFacilityLevel = graphqlEnumOf('HealthFacilityLevel', HEALTH_FACILITY_LEVELS, {
  description: 'openIMIS codes D, C, H',
  names: { D: 'DISPENSARY', C: 'HEALTH_CENTRE', H: 'HOSPITAL' },
});
export type HealthFacilityLevel = HealthFacilityLevelCode;

export const HealthFacilitySubLevel = graphqlEnumOf('HealthFacilitySubLevel', SUB_LEVELS, {
  description: 'openIMIS codes I, N, R',
  names: { I: 'INTEGRATED', N: 'NONE', R: 'REFERENCE' },
});
export type HealthFacilitySubLevel = SubLevelCode;

export const CareType = graphqlEnumOf('CareType', CARE_TYPES, {
  description: 'Care a facility gives (openIMIS codes I, O, B)',
  names: { I: 'IN_PATIENT', O: 'OUT_PATIENT', B: 'BOTH' },
});
export type CareType = CareTypeCode;

export const HealthFacilityStatus = graphqlEnumOf('HealthFacilityStatus', HEALTH_FACILITY_STATUSES, {
  description: 'openIMIS codes AC, IN, DE, ID',
  names: { AC: 'ACTIVE', IN: 'INACTIVE', DE: 'DELISTED', ID: 'IDLE' },
});
export type HealthFacilityStatus = HealthFacilityStatusCode;
