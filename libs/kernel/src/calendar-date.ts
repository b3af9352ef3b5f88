const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so "2024-02-30" is refused). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today as a calendar date YYYY-MM-DD in UTC (as the database's dates), the reference of "not in the future". */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Calendar-month addition: the same day n months later, or the last day of a shorter month
 * (2024-01-31 + 1 month = 2024-02-29). Negative n goes back. Throws on anything but a calendar date.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const total = year * 12 + month - 1 + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = total - targetYear * 12 + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** The date n days later (earlier for negative n). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return format(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** Whole years between two calendar dates; someone born on 29 February gets a year older on 1 March in common years. */
export function ageOn(birthDate: string, onDate: string): number {
  const [birthYear] = parts(birthDate);
  const [year] = parts(onDate);
  return onDate.slice(5) < birthDate.slice(5) ? year - birthYear - 1 : year - birthYear;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The later of two calendar dates (YYYY-MM-DD strings compare as dates). */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}

function parts(date: string): [number, number, number] {
  if (!isCalendarDate(date)) throw new RangeError(`"${String(date).slice(0, 40)}" is not a calendar date YYYY-MM-DD`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
