import { basicInsuranceNumberCheck, INSURANCE_NUMBER_MAX_LENGTH, type InsuranceNumberValidator } from './insurance-number-validator';

/** No scheme rule: only the shared one (letters and digits, at most 12). */
export function noCheckValidator(): InsuranceNumberValidator {
  return {
    description: `Letters and digits, at most ${INSURANCE_NUMBER_MAX_LENGTH} characters`,
    check: basicInsuranceNumberCheck,
  };
}
