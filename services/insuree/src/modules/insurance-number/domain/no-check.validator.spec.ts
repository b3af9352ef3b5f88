import { noCheckValidator } from './no-check.validator';

describe('insurance number: no check', () => {
  const validator = noCheckValidator();

  it('accepts any letters and digits up to 12', () => {
    for (const number of ['1', 'A', '123456784', 'XY99', '123456789012']) expect(validator.check(number)).toEqual({ isValid: true });
  });

  it('still applies the shared rules', () => {
    expect(validator.check('')).toMatchObject({ errorCode: 2 });
    expect(validator.check('1234567890123')).toMatchObject({ errorCode: 3 });
    expect(validator.check('12/34')).toMatchObject({ code: 'INSURANCE_NUMBER_INVALID_CHARACTERS' });
  });

  it('describes itself', () => {
    expect(validator.description).toBe('Letters and digits, at most 12 characters');
  });
});
