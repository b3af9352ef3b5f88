import { careTypeSchema, healthFacilityLevelSchema, healthFacilityStatusSchema, legalFormSchema, subLevelSchema } from '@imis/contracts';

/** openIMIS codes of a health facility's classifications: the event contract's lists, their one source. */
export const LEGAL_FORMS = legalFormSchema.options; // charity, district organisation, government, private
export const HEALTH_FACILITY_LEVELS = healthFacilityLevelSchema.options; // dispensary, health centre, hospital
export const SUB_LEVELS = subLevelSchema.options; // integrated, normal, referral
export const CARE_TYPES = careTypeSchema.options; // in-patient, out-patient, both
export const HEALTH_FACILITY_STATUSES = healthFacilityStatusSchema.options; // active, inactive, delisted, idle

export type LegalFormCode = (typeof LEGAL_FORMS)[number];
export type HealthFacilityLevelCode = (typeof HEALTH_FACILITY_LEVELS)[number];
export type SubLevelCode = (typeof SUB_LEVELS)[number];
export type CareTypeCode = (typeof CARE_TYPES)[number];
export type HealthFacilityStatusCode = (typeof HEALTH_FACILITY_STATUSES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
