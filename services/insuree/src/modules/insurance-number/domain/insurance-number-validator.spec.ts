import {
  basicInsuranceNumberCheck,
  INSURANCE_NUMBER_ERROR_CODES,
  INSURANCE_NUMBER_TAKEN,
  insuranceNumberRefusals,
} from './insurance-number-validator';

describe('insurance number: rules shared by every validator', () => {
  it('accepts up to 12 letters and digits', () => {
    expect(basicInsuranceNumberCheck('AB12cd345678')).toEqual({ isValid: true });
  });

  it('refuses an empty or blank number with error 2', () => {
    expect(basicInsuranceNumberCheck('')).toMatchObject({ isValid: false, errorCode: 2, code: 'INSURANCE_NUMBER_REQUIRED' });
    expect(basicInsuranceNumberCheck('   ')).toMatchObject({ errorCode: 2 });
  });

  it('refuses more than 12 characters with error 3', () => {
    expect(basicInsuranceNumberCheck('1234567890123')).toMatchObject({ errorCode: 3, code: 'INSURANCE_NUMBER_LENGTH' });
  });

  it('refuses anything but letters and digits', () => {
    for (const number of ['1234-5678', ' 123', '12 34', 'é123', '12_3']) {
      expect(basicInsuranceNumberCheck(number)).toMatchObject({ errorCode: 8, code: 'INSURANCE_NUMBER_INVALID_CHARACTERS' });
    }
  });

  it('keeps the openIMIS numeric codes, 1 being checked by the service', () => {
    expect(INSURANCE_NUMBER_ERROR_CODES).toMatchObject({ taken: 1, required: 2, length: 3, checkDigit: 4, notNumeric: 5 });
    expect(INSURANCE_NUMBER_TAKEN).toBe(1);
    expect(insuranceNumberRefusals.taken()).toMatchObject({ isValid: false, errorCode: 1, code: 'INSURANCE_NUMBER_TAKEN' });
  });
});
