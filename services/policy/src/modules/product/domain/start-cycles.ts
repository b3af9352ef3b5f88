import type { DomainError } from '@imis/kernel';
import { MAX_START_CYCLES } from './product-codes';
import { productErrors } from './product.errors';

const DAY_MONTH = /^(\d{2})-(\d{2})$/;
// Days of each month in a common year: 29-02 is refused, since a cycle must start every year.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether "dd-mm" is a day that exists every year. */
export function isCycleStart(value: string): boolean {
  const match = DAY_MONTH.exec(value);
  if (!match) return false;
  const [day, month] = [Number(match[1]), Number(match[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1];
}

/** Refusals of a product's cycle starts: each a valid "dd-mm", none twice, at most 4 (empty = free enrolment). */
export function startCycleErrors(cycles: readonly string[]): DomainError[] {
  if (cycles.length > MAX_START_CYCLES) return [productErrors.tooManyStartCycles()];
  const errors: DomainError[] = [];
  const seen = new Set<string>();
  cycles.forEach((cycle, index) => {
    const field = `startCycles.${index}`;
    if (!isCycleStart(cycle)) errors.push(productErrors.startCycleInvalid(field));
    else if (seen.has(cycle)) errors.push(productErrors.startCycleDuplicate(field));
    seen.add(cycle);
  });
  return errors;
}
