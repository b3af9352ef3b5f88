import { isCalendarDate } from '@imis/kernel';

export const AGE_OF_MAJORITY = 18;
export const PHOTO_RENEWAL_MONTHS = { adult: 60, child: 12 } as const;

/** Whole years between two calendar dates; someone born on 29 February gets a year older on 1 March in common years. */
export function ageOn(birthDate: string, onDate: string): number {
  assertDate(birthDate);
  assertDate(onDate);
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function isAdult(birthDate: string, onDate: string, ageOfMajority = AGE_OF_MAJORITY): boolean {
  return ageOn(birthDate, onDate) >= ageOfMajority;
}

/**
 * True when the photo is missing or older than 60 months (adults) or 12 months (children). As in openIMIS,
 * adulthood is judged today, not at the photo date.
 */
export function photoRenewalDue(photoDate: string | null, birthDate: string, today: string, ageOfMajority = AGE_OF_MAJORITY): boolean {
  if (photoDate === null) return true;
  const months = isAdult(birthDate, today, ageOfMajority) ? PHOTO_RENEWAL_MONTHS.adult : PHOTO_RENEWAL_MONTHS.child;
  return addMonths(photoDate, months) <= today;
}

/** Adds months to a calendar date, keeping the day or the last day of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  assertDate(date);
  const total = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8)), lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function assertDate(value: string): void {
  if (!isCalendarDate(value)) throw new RangeError(`"${value}" is not a calendar date YYYY-MM-DD`);
}
