import {
  assertConfiguredLength,
  basicInsuranceNumberCheck,
  insuranceNumberRefusals,
  VALID,
  type InsuranceNumberValidator,
} from './insurance-number-validator';

const DIGITS = /^\d+$/;

/**
 * The last digit is a check digit. Modulus 10 means Luhn; any other modulus m means
 * (the number without its last digit, as an integer) mod m = the last digit.
 */
export function moduloCheckDigitValidator(modulus: number, length?: number): InsuranceNumberValidator {
  if (!Number.isInteger(modulus) || modulus < 2) {
    throw new RangeError(`An insurance number modulus must be an integer of at least 2, not ${modulus}`);
  }
  if (length !== undefined) assertConfiguredLength(length);
  if (length === 1) throw new RangeError('An insurance number with a check digit needs a length of at least 2');
  const rule = modulus === 10 ? 'Luhn check digit' : `check digit = the other digits modulo ${modulus}`;
  return {
    description: `${length === undefined ? 'Digits' : `${length} digits`}, the last is a ${rule}`,
    check(number) {
      const basic = basicInsuranceNumberCheck(number);
      if (!basic.isValid) return basic;
      if (length !== undefined && number.length !== length) return insuranceNumberRefusals.length(`exactly ${length} digits`);
      if (!DIGITS.test(number)) return insuranceNumberRefusals.notNumeric();
      if (number.length < 2) return insuranceNumberRefusals.length('at least 2 digits');
      return hasValidCheckDigit(number, modulus) ? VALID : insuranceNumberRefusals.checkDigit();
    },
  };
}

/** The check-digit arithmetic alone, for digit strings of any length (at least 2 digits). */
export function hasValidCheckDigit(digits: string, modulus: number): boolean {
  if (modulus === 10) return luhnValid(digits);
  // BigInt: beyond 15 digits a Number loses precision, and the rule must not depend on the length cap.
  return BigInt(digits.slice(0, -1)) % BigInt(modulus) === BigInt(digits.slice(-1));
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
