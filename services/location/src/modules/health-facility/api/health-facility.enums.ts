import { registerEnumType } from '@nestjs/graphql';

// The enum values are the openIMIS codes; each type also exposes them as `...Code` fields.

export enum LegalForm {
  CHARITY = 'C',
  DISTRICT_ORGANIZATION = 'D',
  GOVERNMENT = 'G',
  PRIVATE = 'P',
}

export enum HealthFacilityLevel {
  DISPENSARY = 'D',
  HEALTH_CENTRE = 'C',
  HOSPITAL = 'H',
}

export enum HealthFacilitySubLevel {
  INTEGRATED = 'I',
  NONE = 'N',
  REFERENCE = 'R',
}

export enum CareType {
  IN_PATIENT = 'I',
  OUT_PATIENT = 'O',
  BOTH = 'B',
}

export enum HealthFacilityStatus {
  ACTIVE = 'AC',
  INACTIVE = 'IN',
  DELISTED = 'DE',
  IDLE = 'ID',
}

registerEnumType(LegalForm, { name: 'LegalForm', description: 'Legal form of a health facility (openIMIS codes C, D, G, P)' });
registerEnumType(HealthFacilityLevel, { name: 'HealthFacilityLevel', description: 'openIMIS codes D, C, H' });
registerEnumType(HealthFacilitySubLevel, { name: 'HealthFacilitySubLevel', description: 'openIMIS codes I, N, R' });
registerEnumType(CareType, { name: 'CareType', description: 'Care a facility gives (openIMIS codes I, O, B)' });
registerEnumType(HealthFacilityStatus, { name: 'HealthFacilityStatus', description: 'openIMIS codes AC, IN, DE, ID' });
