/** openIMIS codes of a health facility's classifications. */
export const LEGAL_FORMS = ['C', 'D', 'G', 'P'] as const; // charity, district organisation, government, private
export const HEALTH_FACILITY_LEVELS = ['D', 'C', 'H'] as const; // dispensary, health centre, hospital
export const SUB_LEVELS = ['I', 'N', 'R'] as const; // integrated, none, reference
export const CARE_TYPES = ['I', 'O', 'B'] as const; // in-patient, out-patient, both
export const HEALTH_FACILITY_STATUSES = ['AC', 'IN', 'DE', 'ID'] as const; // active, inactive, delisted, idle

export type LegalFormCode = (typeof LEGAL_FORMS)[number];
export type HealthFacilityLevelCode = (typeof HEALTH_FACILITY_LEVELS)[number];
export type SubLevelCode = (typeof SUB_LEVELS)[number];
export type CareTypeCode = (typeof CARE_TYPES)[number];
export type HealthFacilityStatusCode = (typeof HEALTH_FACILITY_STATUSES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
