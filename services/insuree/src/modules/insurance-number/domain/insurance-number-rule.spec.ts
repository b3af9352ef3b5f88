import { DEFAULT_INSURANCE_NUMBER_RULE, insuranceNumberValidatorFrom, parseInsuranceNumberRule } from './insurance-number-rule';

describe('insurance number rule', () => {
  it('parses the configuration values', () => {
    expect(parseInsuranceNumberRule('none')).toEqual({ kind: 'none' });
    expect(parseInsuranceNumberRule('length:10')).toEqual({ kind: 'length', length: 10 });
    expect(parseInsuranceNumberRule('modulo:7:9')).toEqual({ kind: 'modulo', modulus: 7, length: 9 });
    expect(parseInsuranceNumberRule('modulo:11')).toEqual({ kind: 'modulo', modulus: 11 });
    expect(parseInsuranceNumberRule('luhn:10')).toEqual({ kind: 'modulo', modulus: 10, length: 10 });
    expect(parseInsuranceNumberRule('luhn')).toEqual({ kind: 'modulo', modulus: 10 });
    expect(parseInsuranceNumberRule(' MODULO:7:9 ')).toEqual({ kind: 'modulo', modulus: 7, length: 9 });
  });

  it('throws a readable error on anything else', () => {
    const texts = ['', 'mod7', 'length', 'length:', 'length:x', 'length:10:2', 'modulo', 'modulo:7:9:1', 'luhn:1:2', 'none:3', 'length:-1'];
    for (const text of texts) {
      expect(() => parseInsuranceNumberRule(text)).toThrow(/^Invalid insurance number rule ".*": expected none, length:N/);
    }
  });

  it('throws on values no number could satisfy', () => {
    expect(() => parseInsuranceNumberRule('length:0')).toThrow('Invalid insurance number rule "length:0": An insurance number length');
    expect(() => parseInsuranceNumberRule('modulo:1')).toThrow(/modulus must be an integer of at least 2/);
    expect(() => parseInsuranceNumberRule('luhn:20')).toThrow(/from 1 to 12/);
  });

  it('defaults to 9 digits modulo 7', () => {
    const validator = insuranceNumberValidatorFrom(parseInsuranceNumberRule(DEFAULT_INSURANCE_NUMBER_RULE));
    expect(validator.check('123456782')).toEqual({ isValid: true });
    expect(validator.check('123456785')).toMatchObject({ errorCode: 4 });
    expect(validator.check('12345678')).toMatchObject({ errorCode: 3 });
  });

  it('builds each built-in validator', () => {
    expect(insuranceNumberValidatorFrom({ kind: 'none' }).check('ABC')).toEqual({ isValid: true });
    expect(insuranceNumberValidatorFrom({ kind: 'length', length: 3 }).check('ABCD')).toMatchObject({ errorCode: 3 });
    expect(insuranceNumberValidatorFrom({ kind: 'modulo', modulus: 10 }).check('79927398713')).toEqual({ isValid: true });
  });
});
