import {
  assertConfiguredLength,
  basicInsuranceNumberCheck,
  insuranceNumberRefusals,
  type InsuranceNumberValidator,
} from './insurance-number-validator';

/** Exactly `length` letters or digits. */
export function lengthValidator(length: number): InsuranceNumberValidator {
  assertConfiguredLength(length);
  return {
    description: `Exactly ${length} letters or digits`,
    check(number) {
      const basic = basicInsuranceNumberCheck(number);
      if (!basic.isValid) return basic;
      return number.length === length ? basic : insuranceNumberRefusals.length(`exactly ${length} characters`);
    },
  };
}
