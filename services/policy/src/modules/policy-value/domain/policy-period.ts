import { addDays, addMonths, daysInMonth, laterDate } from '@imis/kernel';
import { hasCycles, type PolicyPeriodProduct, type PolicyStage } from './policy-value-product';

export interface PolicyPeriod {
  readonly startDate: string;
  /** start + insurancePeriod months − 1 day. */
  readonly expiryDate: string;
}

/**
 * Start and expiry of a policy (domain §3 with the project's decisions). The reference date is the
 * enrolment date plus the administration period; a renewal never starts before the day after the previous
 * policy's expiry (no gap, no overlap). Free enrolment starts on the reference date; a product with cycles
 * starts on the first cycle date on or after the reference date minus the grace period (enrolment grace for
 * N, renewal grace for R), in that date's year, else on the first cycle of the next year.
 */
export function policyPeriod(product: PolicyPeriodProduct, stage: PolicyStage, enrolDate: string, previousExpiry: string | null): PolicyPeriod {
  const reference = referenceDate(product, stage, enrolDate, previousExpiry);
  const startDate = hasCycles(product) ? cycleStart(product.startCycles, addMonths(reference, -gracePeriod(product, stage))) : reference;
  return { startDate, expiryDate: policyExpiry(startDate, product.insurancePeriod) };
}

/** The last covered day of a policy starting on that date: start + insurance period months − 1 day. */
export function policyExpiry(startDate: string, insurancePeriod: number): string {
  return addDays(addMonths(startDate, insurancePeriod), -1);
}

/**
 * The last day to pay before the policy lapses unpaid. With cycles: start + grace − 1 day. Free enrolment,
 * new: enrolment + payment grace − 1 day. Free enrolment, renewal: the day after the previous expiry +
 * payment grace − 1 day; openIMIS uses the renewal's own expiry there, which would leave a whole period to
 * pay, so we read it as the previous policy's (the renewal's natural start).
 */
export function lastDateForPayment(product: PolicyPeriodProduct, stage: PolicyStage, enrolDate: string, previousExpiry: string | null, startDate: string): string {
  if (hasCycles(product)) return addDays(addMonths(startDate, gracePeriod(product, stage)), -1);
  const from = stage === 'N' ? enrolDate : addDays(requirePreviousExpiry(previousExpiry), 1);
  return addDays(addMonths(from, product.gracePeriodPayment), -1);
}

/** Cover starts when the value is paid: paying early covers from the start, paying late from the payment date. */
export function effectiveDateOnPayment(payDate: string, startDate: string): string {
  return laterDate(payDate, startDate);
}

function referenceDate(product: PolicyPeriodProduct, stage: PolicyStage, enrolDate: string, previousExpiry: string | null): string {
  const afterAdministration = addMonths(enrolDate, product.administrationPeriod);
  return stage === 'N' ? afterAdministration : laterDate(afterAdministration, addDays(requirePreviousExpiry(previousExpiry), 1));
}

function gracePeriod(product: PolicyPeriodProduct, stage: PolicyStage): number {
  return stage === 'N' ? product.gracePeriodEnrolment : product.gracePeriodRenewal;
}

/**
 * The first cycle date ≥ from in from's year, else the year's first cycle in the next year. Cycles are
 * taken in calendar order whatever order the product lists them in; a "29-02" cycle falls on 28 February
 * in common years (clamped like month addition).
 */
export function cycleStart(cycles: readonly string[], from: string): string {
  const year = Number(from.slice(0, 4));
  const dates = (y: number) => cycles.map((cycle) => cycleDate(cycle, y)).sort();
  return dates(year).find((date) => date >= from) ?? dates(year + 1)[0];
}

function cycleDate(cycle: string, year: number): string {
  const match = /^(\d{2})-(\d{2})$/.exec(cycle);
  const day = Number(match?.[1]);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) throw new RangeError(`"${cycle}" is not a cycle start dd-mm`);
  const clamped = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${match[2]}-${String(clamped).padStart(2, '0')}`;
}

function requirePreviousExpiry(previousExpiry: string | null): string {
  if (previousExpiry === null) throw new RangeError('a renewal needs the expiry date of the policy it renews');
  return previousExpiry;
}
