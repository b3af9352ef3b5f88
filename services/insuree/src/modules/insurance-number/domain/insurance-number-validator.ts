/** The outcome of checking an insurance number; `errorCode` is the openIMIS number, `code` our stable string. */
export type InsuranceNumberCheck =
  | { readonly isValid: true }
  | { readonly isValid: false; readonly errorCode: number; readonly code: string; readonly message: string };

/** A scheme's rule for insurance numbers (pluggable; the built-ins are none, length-only and modulo check digit). */
export interface InsuranceNumberValidator {
  readonly description: string;
  check(number: string): InsuranceNumberCheck;
}

/** The GraphQL input cap of openIMIS; applies to every validator, including "none". */
export const INSURANCE_NUMBER_MAX_LENGTH = 12;

/**
 * openIMIS numeric error codes. 1 (taken) is checked by the service against the database.
 * 8 is ours: openIMIS refuses such numbers at its GraphQL input, without a code (6 and 7 are its custom-validator errors).
 */
export const INSURANCE_NUMBER_ERROR_CODES = {
  taken: 1,
  required: 2,
  length: 3,
  checkDigit: 4,
  notNumeric: 5,
  invalidCharacters: 8,
} as const;

export const INSURANCE_NUMBER_TAKEN = INSURANCE_NUMBER_ERROR_CODES.taken;

const ALPHANUMERIC = /^[A-Za-z0-9]+$/;

export const VALID: InsuranceNumberCheck = { isValid: true };

export const insuranceNumberRefusals = {
  taken: (): InsuranceNumberCheck =>
    refusal('taken', 'INSURANCE_NUMBER_TAKEN', 'Another current insuree already has this insurance number'),
  required: (): InsuranceNumberCheck => refusal('required', 'INSURANCE_NUMBER_REQUIRED', 'The insurance number is required'),
  length: (expected: string): InsuranceNumberCheck =>
    refusal('length', 'INSURANCE_NUMBER_LENGTH', `The insurance number must have ${expected}`),
  checkDigit: (): InsuranceNumberCheck =>
    refusal('checkDigit', 'INSURANCE_NUMBER_CHECK_DIGIT', 'The check digit of the insurance number is wrong'),
  notNumeric: (): InsuranceNumberCheck =>
    refusal('notNumeric', 'INSURANCE_NUMBER_NOT_NUMERIC', 'The insurance number must contain digits only'),
  invalidCharacters: (): InsuranceNumberCheck =>
    refusal('invalidCharacters', 'INSURANCE_NUMBER_INVALID_CHARACTERS', 'The insurance number may contain only letters and digits'),
};

/** The rules shared by every validator: present, letters and digits only, at most 12 characters. */
export function basicInsuranceNumberCheck(number: string): InsuranceNumberCheck {
  if (number.trim() === '') return insuranceNumberRefusals.required();
  if (number.length > INSURANCE_NUMBER_MAX_LENGTH) {
    return insuranceNumberRefusals.length(`at most ${INSURANCE_NUMBER_MAX_LENGTH} characters`);
  }
  if (!ALPHANUMERIC.test(number)) return insuranceNumberRefusals.invalidCharacters();
  return VALID;
}

/** Refuses a configured length that no number could satisfy. */
export function assertConfiguredLength(length: number): void {
  if (!Number.isInteger(length) || length < 1 || length > INSURANCE_NUMBER_MAX_LENGTH) {
    throw new RangeError(`An insurance number length must be an integer from 1 to ${INSURANCE_NUMBER_MAX_LENGTH}, not ${length}`);
  }
}

function refusal(key: keyof typeof INSURANCE_NUMBER_ERROR_CODES, code: string, message: string): InsuranceNumberCheck {
  return { isValid: false, errorCode: INSURANCE_NUMBER_ERROR_CODES[key], code, message };
}
