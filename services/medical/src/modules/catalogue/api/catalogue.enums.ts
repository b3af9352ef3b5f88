import { graphqlEnumOf } from '@imis/graphql';
import {
  CARE_TYPES,
  type CareTypeCode,
  ITEM_TYPES,
  type ItemTypeCode,
  PACKAGE_TYPES,
  type PackageTypeCode,
  SERVICE_CATEGORIES,
  SERVICE_LEVELS,
  SERVICE_TYPES,
  type ServiceCategoryCode,
  type ServiceLevelCode,
  type ServiceTypeCode,
} from '../domain/catalogue-codes';

// Generated from the domain's code lists (the contracts' zod enums); the enum values are the openIMIS codes.

/** The same enum as the location service's (federation shares it: same name, values and description). */
export const CareType = graphqlEnumOf('CareType', CARE_TYPES, {
  description: 'Care a facility gives (openIMIS codes I, O, B)',
  names: { I: 'IN_PATIENT', O: 'OUT_PATIENT', B: 'BOTH' },
});
export type CareType = CareTypeCode;

export const MedicalItemType = graphqlEnumOf('MedicalItemType', ITEM_TYPES, {
  description: 'openIMIS codes D (drug), M (medical consumable)',
  names: { D: 'DRUG', M: 'MEDICAL_CONSUMABLE' },
});
export type MedicalItemType = ItemTypeCode;

export const MedicalServiceType = graphqlEnumOf('MedicalServiceType', SERVICE_TYPES, {
  description: 'openIMIS codes P (preventive), C (curative)',
  names: { P: 'PREVENTIVE', C: 'CURATIVE' },
});
export type MedicalServiceType = ServiceTypeCode;

export const MedicalServiceLevel = graphqlEnumOf('MedicalServiceLevel', SERVICE_LEVELS, {
  description: 'openIMIS codes S (simple service), V (visit), D (day of stay), H (hospital case)',
  names: { S: 'SIMPLE', V: 'VISIT', D: 'DAY_OF_STAY', H: 'HOSPITAL_CASE' },
});
export type MedicalServiceLevel = ServiceLevelCode;

export const MedicalServiceCategory = graphqlEnumOf('MedicalServiceCategory', SERVICE_CATEGORIES, {
  description: 'openIMIS codes S, D, A, H, C, O, V',
  names: { S: 'SURGERY', D: 'DELIVERY', A: 'ANTENATAL', H: 'HOSPITALISATION', C: 'CONSULTATION', O: 'OTHER', V: 'VISIT' },
});
export type MedicalServiceCategory = ServiceCategoryCode;

export const MedicalPackageType = graphqlEnumOf('MedicalPackageType', PACKAGE_TYPES, {
  description: 'openIMIS codes S (single service, no lines), P (package priced as the sum of its lines), F (package at the fixed price of the service)',
  names: { S: 'SINGLE', P: 'PACKAGE_SUM', F: 'PACKAGE_FIXED' },
});
export type MedicalPackageType = PackageTypeCode;
