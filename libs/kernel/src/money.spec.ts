import { centsToMoney, isMoney, moneyToCents, normalizeMoney } from './money';

describe('money', () => {
  it('accepts decimals with at most two fraction digits and 13 integer digits', () => {
    expect(['0', '12', '12.5', '12.50', '-3.01', '9999999999999.99'].every(isMoney)).toBe(true);
    expect(['', '1.234', '1e3', '.5', '5.', ' 5', '12,50', 'NaN', '99999999999999'].some(isMoney)).toBe(false);
  });

  it('converts to and from cents without float rounding', () => {
    expect(moneyToCents('0.29')).toBe(29);
    expect(moneyToCents('1.1')).toBe(110);
    expect(moneyToCents('-12.05')).toBe(-1205);
    expect(centsToMoney(29)).toBe('0.29');
    expect(centsToMoney(-1205)).toBe('-12.05');
    expect(centsToMoney(0)).toBe('0.00');
    expect(normalizeMoney('007.5')).toBe('7.50');
    expect(moneyToCents('9999999999999.99')).toBe(999999999999999);
  });

  it('refuses what is not an amount', () => {
    expect(() => moneyToCents('1.234')).toThrow(RangeError);
    expect(() => centsToMoney(0.5)).toThrow(RangeError);
  });
});
