import type { DomainError } from '@imis/kernel';

/** Refusals of a family's or an insuree's own fields (wherever they come from: a command, an import row), with their stable codes. */
export const fieldErrors = {
  nameInvalid: (field: 'lastName' | 'otherNames', max: number): DomainError => ({
    code: 'INSUREE_NAME_INVALID',
    message: `${field} is required and must have at most ${max} characters`,
    field,
  }),
  genderRequired: (): DomainError => ({ code: 'INSUREE_GENDER_REQUIRED', message: 'The gender is required', field: 'gender' }),
  genderUnknown: (code: string): DomainError => ({
    code: 'INSUREE_GENDER_UNKNOWN',
    message: `"${code}" is not a gender code`,
    field: 'gender',
  }),
  birthDateRequired: (): DomainError => ({
    code: 'INSUREE_BIRTH_DATE_REQUIRED',
    message: 'The birth date is required',
    field: 'birthDate',
  }),
  birthDateInvalid: (): DomainError => ({
    code: 'INSUREE_BIRTH_DATE_INVALID',
    message: 'The birth date must be a date YYYY-MM-DD',
    field: 'birthDate',
  }),
  birthDateInFuture: (): DomainError => ({
    code: 'INSUREE_BIRTH_DATE_IN_FUTURE',
    message: 'The birth date cannot be in the future',
    field: 'birthDate',
  }),
  lookupUnknown: (lookup: string, code: string, field: string): DomainError => ({
    code: 'INSUREE_LOOKUP_UNKNOWN',
    message: `"${code}" is not a code of the ${lookup} list`,
    field,
  }),
  fieldTooLong: (field: string, max: number): DomainError => ({
    code: 'INSUREE_FIELD_TOO_LONG',
    message: `${field} must have at most ${max} characters`,
    field,
  }),
  emailInvalid: (): DomainError => ({ code: 'INSUREE_EMAIL_INVALID', message: 'The email address is not valid', field: 'email' }),
  familyVillageRequired: (): DomainError => ({
    code: 'FAMILY_VILLAGE_REQUIRED',
    message: 'The village of the family is required',
    field: 'villageId',
  }),
  familyLookupUnknown: (lookup: string, code: string, field: string): DomainError => ({
    code: 'FAMILY_LOOKUP_UNKNOWN',
    message: `"${code}" is not a code of the ${lookup} list`,
    field,
  }),
  familyFieldTooLong: (field: string, max: number): DomainError => ({
    code: 'FAMILY_FIELD_TOO_LONG',
    message: `${field} must have at most ${max} characters`,
    field,
  }),
};
