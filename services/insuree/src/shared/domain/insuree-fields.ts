import { collect, type DomainError, isCalendarDate, type Result, trimmedOrNull } from '@imis/kernel';
import { canonicalLookupCode, type LookupKind } from './lookups';
import { fieldErrors } from './field.errors';

export const INSUREE_NAME_MAX_LENGTH = 100;
export const INSUREE_TEXT_MAX_LENGTHS = {
  identificationNumber: 25,
  phone: 50,
  email: 100,
  currentAddress: 200,
  geolocation: 250,
} as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type OptionalText = keyof typeof INSUREE_TEXT_MAX_LENGTHS;
const OPTIONAL_TEXTS = Object.keys(INSUREE_TEXT_MAX_LENGTHS) as OptionalText[];

/** The optional coded fields and the lookup list of each. */
export const INSUREE_LOOKUP_FIELDS = {
  maritalStatus: 'maritalStatus',
  relationship: 'relationship',
  profession: 'profession',
  education: 'education',
  identificationType: 'identificationType',
} as const satisfies Record<string, LookupKind>;

type LookupField = keyof typeof INSUREE_LOOKUP_FIELDS;
const LOOKUP_FIELDS = Object.keys(INSUREE_LOOKUP_FIELDS) as LookupField[];

/**
 * An insuree's own attributes, valid and normalised (dates "YYYY-MM-DD"). The insurance number and the
 * references (village, health facility) are carried as sent: the service checks them.
 */
export interface InsureeFields extends Record<OptionalText | LookupField, string | null> {
  insuranceNumber: string | null;
  lastName: string;
  otherNames: string;
  gender: string;
  birthDate: string;
  cardIssued: boolean;
  currentVillageId: string | null;
  healthFacilityId: string | null;
}

/** What a caller sent: on update `undefined` = not sent (kept), `null` = cleared. */
export type InsureeFieldsInput = { [K in keyof InsureeFields]?: InsureeFields[K] | null };

/** Validates and normalises (trim, blank → null) every field; returns every error at once. */
export function insureeFields(input: InsureeFieldsInput, today: string): Result<InsureeFields> {
  const errors: DomainError[] = [];
  const lastName = name('lastName', input.lastName, errors);
  const otherNames = name('otherNames', input.otherNames, errors);
  const sentGender = trimmedOrNull(input.gender);
  // Codes are stored in their canonical case: "f" is F.
  const gender = sentGender === null ? null : canonicalLookupCode('gender', sentGender);
  if (sentGender === null) errors.push(fieldErrors.genderRequired());
  else if (gender === null) errors.push(fieldErrors.genderUnknown(sentGender));
  const birthDate = trimmedOrNull(input.birthDate);
  if (birthDate === null) errors.push(fieldErrors.birthDateRequired());
  else if (!isCalendarDate(birthDate)) errors.push(fieldErrors.birthDateInvalid());
  else if (birthDate > today) errors.push(fieldErrors.birthDateInFuture());

  const codes = {} as Record<LookupField, string | null>;
  for (const field of LOOKUP_FIELDS) {
    const sent = trimmedOrNull(input[field]);
    codes[field] = sent === null ? null : canonicalLookupCode(INSUREE_LOOKUP_FIELDS[field], sent);
    if (sent !== null && codes[field] === null) errors.push(fieldErrors.lookupUnknown(INSUREE_LOOKUP_FIELDS[field], sent, field));
  }
  const texts = {} as Record<OptionalText, string | null>;
  for (const field of OPTIONAL_TEXTS) {
    texts[field] = trimmedOrNull(input[field]);
    const max = INSUREE_TEXT_MAX_LENGTHS[field];
    if ((texts[field]?.length ?? 0) > max) errors.push(fieldErrors.fieldTooLong(field, max));
  }
  if (texts.email !== null && texts.email.length <= INSUREE_TEXT_MAX_LENGTHS.email && !EMAIL.test(texts.email)) {
    errors.push(fieldErrors.emailInvalid());
  }
  return collect(errors, () => ({
    insuranceNumber: trimmedOrNull(input.insuranceNumber),
    lastName,
    otherNames,
    gender: gender as string,
    birthDate: birthDate as string,
    ...codes,
    ...texts,
    cardIssued: input.cardIssued ?? false,
    currentVillageId: trimmedOrNull(input.currentVillageId),
    healthFacilityId: trimmedOrNull(input.healthFacilityId),
  }));
}

/** The input of an update: a field the caller did not send (undefined) keeps its value; null clears it. */
export function mergeInsureeUpdate(current: InsureeFields, patch: Partial<InsureeFieldsInput>): InsureeFieldsInput {
  const merged: InsureeFieldsInput = { ...current };
  for (const key of Object.keys(current) as (keyof InsureeFields)[]) {
    if (patch[key] !== undefined) (merged as Record<string, unknown>)[key] = patch[key];
  }
  return merged;
}

/** Merges then validates an update; `changed` is false when nothing differs (no history to keep). */
export function updatedInsureeFields(
  current: InsureeFields,
  patch: Partial<InsureeFieldsInput>,
  today: string,
): Result<{ fields: InsureeFields; changed: boolean }> {
  const result = insureeFields(mergeInsureeUpdate(current, patch), today);
  if (!result.ok) return result;
  const fields = result.value;
  const changed = (Object.keys(fields) as (keyof InsureeFields)[]).some((key) => fields[key] !== current[key]);
  return { ok: true, value: { fields, changed } };
}

function name(field: 'lastName' | 'otherNames', value: string | null | undefined, errors: DomainError[]): string {
  const text = value?.trim() ?? '';
  if (text === '' || text.length > INSUREE_NAME_MAX_LENGTH) errors.push(fieldErrors.nameInvalid(field, INSUREE_NAME_MAX_LENGTH));
  return text;
}
