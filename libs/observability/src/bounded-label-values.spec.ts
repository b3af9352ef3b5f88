import { BoundedLabelValues } from './bounded-label-values';

describe('BoundedLabelValues', () => {
  it('keeps the first values admitted up to the limit, then answers the overflow value', () => {
    const names = new BoundedLabelValues(2);
    expect(names.of('Families', true)).toBe('Families');
    expect(names.of('Login', true)).toBe('Login');
    expect(names.of('Third', true)).toBe('other');
    expect(names.of('Families', true)).toBe('Families');
    expect(names.size).toBe(2);
  });

  it('does not admit a value its caller does not vouch for, but uses it once admitted', () => {
    const names = new BoundedLabelValues(10, 'unlisted');
    expect(names.of('MadeUp', false)).toBe('unlisted');
    expect(names.size).toBe(0);
    names.of('Families', true);
    expect(names.of('Families', false)).toBe('Families');
  });
});
