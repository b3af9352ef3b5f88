import { hasValidCheckDigit, moduloCheckDigitValidator } from './modulo-check-digit.validator';

// Every example was computed: 12345678 mod 7 = 2, 87654321 mod 7 = 6, 11111111 mod 7 = 4,
// 99999999999 mod 7 = 4, 1234567890 mod 11 = 6, 10 mod 11 = 10 (no digit can match).
describe('insurance number: modulo check digit', () => {
  describe('9 digits modulo 7 (the default scheme rule)', () => {
    const validator = moduloCheckDigitValidator(7, 9);

    it('accepts numbers whose last digit is the first 8 modulo 7', () => {
      for (const number of ['123456782', '876543216', '111111114', '000000000']) {
        expect(validator.check(number)).toEqual({ isValid: true });
      }
    });

    it('refuses a wrong check digit with error 4', () => {
      for (const number of ['123456785', '123456784', '876543210', '111111117']) {
        expect(validator.check(number)).toMatchObject({ isValid: false, errorCode: 4, code: 'INSURANCE_NUMBER_CHECK_DIGIT' });
      }
    });

    it('refuses a wrong length (3) before looking at the digits', () => {
      expect(validator.check('12345682')).toMatchObject({ errorCode: 3, code: 'INSURANCE_NUMBER_LENGTH' });
      expect(validator.check('ABCDEFGHIJ')).toMatchObject({ errorCode: 3 });
    });

    it('refuses letters with error 5 and empty with error 2', () => {
      expect(validator.check('12345678A')).toMatchObject({ errorCode: 5, code: 'INSURANCE_NUMBER_NOT_NUMERIC' });
      expect(validator.check('')).toMatchObject({ errorCode: 2 });
    });

    it('describes itself', () => {
      expect(validator.description).toBe('9 digits, the last is a check digit = the other digits modulo 7');
    });
  });

  it('without a length, checks any number of digits up to 12', () => {
    const validator = moduloCheckDigitValidator(7);
    expect(validator.check('999999999994')).toEqual({ isValid: true });
    expect(validator.check('999999999995')).toMatchObject({ errorCode: 4 });
    expect(validator.check('22')).toEqual({ isValid: true });
    expect(validator.check('7')).toMatchObject({ errorCode: 3 });
  });

  it('modulo 11: a remainder of 10 matches no digit', () => {
    const validator = moduloCheckDigitValidator(11);
    expect(validator.check('12345678906')).toEqual({ isValid: true });
    expect(validator.check('12345678907')).toMatchObject({ errorCode: 4 });
    for (let digit = 0; digit <= 9; digit++) expect(validator.check(`10${digit}`).isValid).toBe(false);
  });

  describe('modulus 10 is Luhn', () => {
    const validator = moduloCheckDigitValidator(10);

    it('accepts Luhn-valid numbers', () => {
      for (const number of ['79927398713', '9876543217', '123456789015', '0000000000']) {
        expect(validator.check(number)).toEqual({ isValid: true });
      }
    });

    it('refuses Luhn-invalid numbers with error 4', () => {
      for (const number of ['79927398710', '9876543210', '123456789016']) {
        expect(validator.check(number)).toMatchObject({ errorCode: 4 });
      }
    });

    it('with a length of 10', () => {
      const luhn10 = moduloCheckDigitValidator(10, 10);
      expect(luhn10.check('9876543217')).toEqual({ isValid: true });
      expect(luhn10.check('79927398713')).toMatchObject({ errorCode: 3 });
      expect(luhn10.description).toBe('10 digits, the last is a Luhn check digit');
    });
  });

  it('computes check digits of long numbers exactly (the 12-character cap aside)', () => {
    expect(hasValidCheckDigit('4539578763621486', 10)).toBe(true);
    expect(hasValidCheckDigit('4539578763621487', 10)).toBe(false);
    expect(hasValidCheckDigit('4111111111111111', 10)).toBe(true);
    expect(hasValidCheckDigit('378282246310005', 10)).toBe(true);
    // 123456789012345678901 mod 7 = 4, beyond Number precision
    expect(hasValidCheckDigit('1234567890123456789014', 7)).toBe(true);
    expect(hasValidCheckDigit('1234567890123456789013', 7)).toBe(false);
    // a 16-digit card number is still over the insurance number cap
    expect(moduloCheckDigitValidator(10).check('4539578763621486')).toMatchObject({ errorCode: 3 });
  });

  it('refuses a configuration no number could satisfy', () => {
    expect(() => moduloCheckDigitValidator(1)).toThrow(RangeError);
    expect(() => moduloCheckDigitValidator(7.5)).toThrow(RangeError);
    expect(() => moduloCheckDigitValidator(7, 1)).toThrow(RangeError);
    expect(() => moduloCheckDigitValidator(7, 13)).toThrow(RangeError);
  });
});
