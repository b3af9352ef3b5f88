import { allocate } from './allocation';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe('allocate (proportional split of a received amount, in cents)', () => {
  it('splits in proportion to the outstanding values', () => {
    expect(allocate(300_00, [100_00, 200_00])).toEqual({ shares: [100_00, 200_00], surplus: 0 });
    expect(allocate(150_00, [100_00, 200_00])).toEqual({ shares: [50_00, 100_00], surplus: 0 });
  });

  it('never gives a line more than its outstanding value; the excess is surplus', () => {
    expect(allocate(500_00, [100_00, 200_00])).toEqual({ shares: [100_00, 200_00], surplus: 200_00 });
  });

  it('gives the cents left by rounding down to the largest remainders, first line on a tie', () => {
    // 100 cents over three equal values: 33.33… each; one cent left, to the first line.
    expect(allocate(100, [1_00, 1_00, 1_00])).toEqual({ shares: [34, 33, 33], surplus: 0 });
    // 10 cents over 1:2 → 3.33 and 6.66: the larger remainder (second) gets the cent.
    expect(allocate(10, [1_00, 2_00])).toEqual({ shares: [3, 7], surplus: 0 });
  });

  it('loses and creates no cent, whatever the amounts', () => {
    const cases: [number, number[]][] = [
      [1, [1, 1, 1]],
      [99_999_99, [33_333_33, 33_333_33, 33_333_34, 7]],
      [12_345, [7, 11, 13, 17_000, 19]],
      [9_999_999_999_99, [9_999_999_999_99, 1]],
    ];
    for (const [received, outstanding] of cases) {
      const { shares, surplus } = allocate(received, outstanding);
      expect(sum(shares) + surplus).toBe(received);
      shares.forEach((share, index) => expect(share).toBeLessThanOrEqual(outstanding[index]!));
    }
  });

  it('leaves everything as surplus when nothing is outstanding', () => {
    expect(allocate(5_00, [0, 0])).toEqual({ shares: [0, 0], surplus: 5_00 });
  });

  it('refuses amounts that are not whole non-negative cents', () => {
    expect(() => allocate(-1, [1])).toThrow(RangeError);
    expect(() => allocate(1.5, [1])).toThrow(RangeError);
    expect(() => allocate(1, [-1])).toThrow(RangeError);
  });
});
