import type { DomainError } from '@imis/kernel';

/** Every refusal of the health-facility domain, with its stable code (documented in the service README). */
export const healthFacilityErrors = {
  codeRequired: (): DomainError => ({
    code: 'HEALTH_FACILITY_CODE_REQUIRED',
    message: 'The health facility code is required',
    field: 'code',
  }),
  codeTooLong: (max: number): DomainError => ({
    code: 'HEALTH_FACILITY_CODE_TOO_LONG',
    message: `The health facility code must have at most ${max} characters`,
    field: 'code',
  }),
  codeDuplicate: (code: string): DomainError => ({
    code: 'HEALTH_FACILITY_CODE_DUPLICATE',
    message: `Another current health facility already has the code "${code}"`,
    field: 'code',
  }),
  nameInvalid: (max: number): DomainError => ({
    code: 'HEALTH_FACILITY_NAME_INVALID',
    message: `The health facility name is required and must have at most ${max} characters`,
    field: 'name',
  }),
  fieldRequired: (field: string): DomainError => ({
    code: 'HEALTH_FACILITY_FIELD_REQUIRED',
    message: `${field} is required`,
    field,
  }),
  fieldInvalid: (field: string, allowed: readonly string[]): DomainError => ({
    code: 'HEALTH_FACILITY_FIELD_INVALID',
    message: `${field} must be one of ${allowed.join(', ')}`,
    field,
  }),
  fieldTooLong: (field: string, max: number): DomainError => ({
    code: 'HEALTH_FACILITY_FIELD_TOO_LONG',
    message: `${field} must have at most ${max} characters`,
    field,
  }),
  emailInvalid: (): DomainError => ({
    code: 'HEALTH_FACILITY_EMAIL_INVALID',
    message: 'The email address is not valid',
    field: 'email',
  }),
  contractDatesInvalid: (message: string, field: string): DomainError => ({
    code: 'HEALTH_FACILITY_CONTRACT_DATES_INVALID',
    message,
    field,
  }),
  districtInvalid: (): DomainError => ({
    code: 'HEALTH_FACILITY_DISTRICT_INVALID',
    message: 'The location of a health facility must be a current district',
    field: 'districtId',
  }),
  notFound: (): DomainError => ({
    code: 'HEALTH_FACILITY_NOT_FOUND',
    message: 'No current health facility has this id',
    field: 'id',
  }),
  outOfScope: (field: string): DomainError => ({
    code: 'LOCATION_OUT_OF_SCOPE',
    message: 'The district is outside the locations you may change',
    field,
  }),
};
