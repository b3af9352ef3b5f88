/** Injection token of the scheme's InsuranceNumberValidator (built-in from INSURANCE_NUMBER_RULE, or a country module's). */
export const INSURANCE_NUMBER_VALIDATOR = Symbol('InsuranceNumberValidator');
