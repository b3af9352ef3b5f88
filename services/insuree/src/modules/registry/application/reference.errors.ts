import type { DomainError } from '@imis/kernel';

/** Refusals about what a command refers to: ids, villages, facilities (codes documented in the README). */
export const referenceErrors = {
  healthFacilityUnknown: (field = 'healthFacilityId'): DomainError => ({
    code: 'HEALTH_FACILITY_UNKNOWN',
    message: 'No current health facility has this id',
    field,
  }),
  idInvalid: (field: string): DomainError => ({ code: 'ID_INVALID', message: `${field} must be a UUID`, field }),
  familyIdTaken: (field = 'id'): DomainError => ({
    code: 'FAMILY_ID_TAKEN',
    message: 'A family with this id exists already (a record created offline and sent twice?)',
    field,
  }),
  insureeIdTaken: (field = 'id'): DomainError => ({
    code: 'INSUREE_ID_TAKEN',
    message: 'An insuree with this id exists already (a record created offline and sent twice?)',
    field,
  }),
};
