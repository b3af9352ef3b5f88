import { backoffMs } from './timing';

describe('backoffMs', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4].map((attempt) => backoffMs(attempt))).toEqual([250, 500, 1000, 2000]);
    expect(backoffMs(50)).toBe(30_000);
  });
});
