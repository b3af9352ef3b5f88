import { isCycleStart, startCycleErrors } from './start-cycles';

describe('cycle starts', () => {
  it('accepts days that exist every year and refuses the others', () => {
    expect(['01-01', '31-12', '28-02', '30-04'].every(isCycleStart)).toBe(true);
    expect(['29-02', '31-04', '00-01', '01-13', '1-1', '01/01', ''].some(isCycleStart)).toBe(false);
  });

  it('refuses duplicates and more than four', () => {
    expect(startCycleErrors(['01-01', '01-04', '01-01']).map((error) => [error.code, error.field])).toEqual([['PRODUCT_START_CYCLE_DUPLICATE', 'startCycles.2']]);
    expect(startCycleErrors(['01-01', '01-03', '01-06', '01-09', '01-11']).map((error) => error.code)).toEqual(['PRODUCT_TOO_MANY_START_CYCLES']);
    expect(startCycleErrors([])).toEqual([]);
  });
});
