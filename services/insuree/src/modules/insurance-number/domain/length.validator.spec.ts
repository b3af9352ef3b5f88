import { lengthValidator } from './length.validator';

describe('insurance number: exact length', () => {
  const validator = lengthValidator(10);

  it('accepts exactly 10 letters or digits', () => {
    expect(validator.check('1234567890')).toEqual({ isValid: true });
    expect(validator.check('AB34567890')).toEqual({ isValid: true });
  });

  it('refuses another length with error 3', () => {
    expect(validator.check('123456789')).toMatchObject({ isValid: false, errorCode: 3, code: 'INSURANCE_NUMBER_LENGTH' });
    expect(validator.check('12345678901')).toMatchObject({ errorCode: 3 });
  });

  it('refuses empty (2) and other characters', () => {
    expect(validator.check('')).toMatchObject({ errorCode: 2, code: 'INSURANCE_NUMBER_REQUIRED' });
    expect(validator.check('12345-7890')).toMatchObject({ code: 'INSURANCE_NUMBER_INVALID_CHARACTERS' });
  });

  it('refuses a length no number could have', () => {
    expect(() => lengthValidator(0)).toThrow(RangeError);
    expect(() => lengthValidator(13)).toThrow(RangeError);
    expect(() => lengthValidator(2.5)).toThrow(RangeError);
  });
});
