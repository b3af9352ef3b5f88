import type { DomainError } from '@imis/kernel';
import { hundredths } from './field-rules';
import { DISTRIBUTION_PERIODS, type DistributionCareType, type RelativePricePeriod, type RelativePrices } from './product-codes';
import { productErrors } from './product.errors';

const FIELD = 'relativePrices.distribution';

function periodOf(prices: RelativePrices, careType: DistributionCareType): RelativePricePeriod | null {
  if (careType === 'B') return prices.period;
  return careType === 'I' ? prices.periodInPatient : prices.periodOutPatient;
}

/**
 * Refusals of a relative-price distribution: each row's care type has its period type set (B `period`,
 * I `periodInPatient`, O `periodOutPatient`), its period is within that type (1..12 M, 1..4 Q, 1 Y) and
 * given once, a care type with a period type has a row for each period, and its percentages sum to ≤ 100.
 */
export function relativePriceErrors(prices: RelativePrices): DomainError[] {
  const errors: DomainError[] = [];
  const seen = new Map<DistributionCareType, Set<number>>();
  const sums = new Map<DistributionCareType, number>();
  prices.distribution.forEach((row, index) => {
    const field = `${FIELD}.${index}`;
    const periodType = periodOf(prices, row.careType);
    if (!periodType) return errors.push(productErrors.distributionCareTypeInvalid(`${field}.careType`));
    const periods = seen.get(row.careType) ?? new Set<number>();
    seen.set(row.careType, periods);
    if (!Number.isInteger(row.period) || row.period < 1 || row.period > DISTRIBUTION_PERIODS[periodType] || periods.has(row.period)) {
      errors.push(productErrors.distributionPeriodInvalid(`${field}.period`));
    } else periods.add(row.period);
    const percent = hundredths(row.percent, 100);
    if (percent === null) errors.push(productErrors.distributionPercentInvalid(`${field}.percent`));
    else sums.set(row.careType, (sums.get(row.careType) ?? 0) + percent);
  });
  for (const [careType, sum] of sums) {
    if (sum > 100_00) errors.push(productErrors.distributionPercentInvalid(`${FIELD}.${careType}`));
  }
  for (const careType of ['B', 'I', 'O'] as const) {
    const periodType = periodOf(prices, careType);
    if (periodType && (seen.get(careType)?.size ?? 0) !== DISTRIBUTION_PERIODS[periodType]) {
      errors.push(productErrors.distributionIncomplete(`${FIELD}.${careType}`));
    }
  }
  return errors;
}
