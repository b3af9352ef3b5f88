import { Right, type RightCode } from '@imis/auth';

/**
 * Who registers families and insurees picks their village and first point of service, so the rights to add
 * or edit them also read the locations and facilities of the caller's scope (ADR 0020). The openIMIS
 * Enrolment Officer role holds those rights and none of 121901/121101; its scope (its villages, their
 * ancestors, their district's facilities) still bounds what it reads.
 */
export const ENROLMENT_RIGHTS: readonly RightCode[] = [Right.FamilyAdd, Right.FamilyEdit, Right.InsureeAdd, Right.InsureeEdit];

/** Reads of locations: `locations`, `location` (not their history). */
export const LOCATION_READ_RIGHTS: readonly RightCode[] = [Right.LocationSearch, ...ENROLMENT_RIGHTS];

/** Reads of health facilities: `healthFacilities`, `healthFacility` (not their history). */
export const HEALTH_FACILITY_READ_RIGHTS: readonly RightCode[] = [Right.HealthFacilitySearch, ...ENROLMENT_RIGHTS];
