import type { RelativePrices } from './product-codes';
import { relativePriceErrors } from './relative-prices';

const quarters = (careType: 'B' | 'I' | 'O', percents: number[]) => percents.map((percent, index) => ({ careType, period: index + 1, percent }));

function codes(prices: RelativePrices): [string, string | undefined][] {
  return relativePriceErrors(prices).map((error) => [error.code, error.field]);
}

describe('relativePriceErrors', () => {
  it('accepts a row per period of each care type with a period type, summing to at most 100', () => {
    expect(codes({ period: null, periodInPatient: 'Q', periodOutPatient: 'Y', distribution: [...quarters('I', [25, 25, 25, 24.99]), { careType: 'O', period: 1, percent: 100 }] })).toEqual([]);
    expect(codes({ period: null, periodInPatient: null, periodOutPatient: null, distribution: [] })).toEqual([]);
  });

  it('refuses rows of a care type without a period type, and missing periods', () => {
    expect(codes({ period: 'M', periodInPatient: null, periodOutPatient: null, distribution: [{ careType: 'I', period: 1, percent: 10 }] })).toEqual([
      ['PRODUCT_DISTRIBUTION_CARE_TYPE_INVALID', 'relativePrices.distribution.0.careType'],
      ['PRODUCT_DISTRIBUTION_INCOMPLETE', 'relativePrices.distribution.B'],
    ]);
  });

  it('refuses periods beyond the period type or given twice, and sums over 100', () => {
    expect(codes({ period: 'Q', periodInPatient: null, periodOutPatient: null, distribution: [...quarters('B', [30, 30, 30, 10.01])] })).toEqual([
      ['PRODUCT_DISTRIBUTION_PERCENT_INVALID', 'relativePrices.distribution.B'],
    ]);
    expect(
      codes({
        period: 'Q',
        periodInPatient: null,
        periodOutPatient: null,
        distribution: [...quarters('B', [10, 10, 10]), { careType: 'B', period: 5, percent: 0 }, { careType: 'B', period: 1, percent: 0.001 }],
      }),
    ).toEqual([
      ['PRODUCT_DISTRIBUTION_PERIOD_INVALID', 'relativePrices.distribution.3.period'],
      ['PRODUCT_DISTRIBUTION_PERIOD_INVALID', 'relativePrices.distribution.4.period'],
      ['PRODUCT_DISTRIBUTION_PERCENT_INVALID', 'relativePrices.distribution.4.percent'],
      ['PRODUCT_DISTRIBUTION_INCOMPLETE', 'relativePrices.distribution.B'],
    ]);
  });
});
