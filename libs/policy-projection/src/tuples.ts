import { isCalendarDate } from '@imis/kernel';
import { isUuid } from '@imis/persistence';

/**
 * A PostgreSQL uuid[] literal of the values in order, a value that is not a UUID as NULL (it then matches
 * nothing, and its tuple keeps its place in the answer).
 */
export function uuidsOrNulls(values: readonly string[]): string {
  return `{${values.map((value) => (isUuid(value) ? value : 'NULL')).join(',')}}`;
}

/** A date[] literal of the tuples' target dates; a date that is not YYYY-MM-DD is the caller's bug (RangeError). */
export function targetDates(query: string, values: readonly string[]): string {
  for (const value of values) if (typeof value !== 'string' || !isCalendarDate(value)) throw new RangeError(`${query}: not a date: ${JSON.stringify(value)}`);
  return `{${values.join(',')}}`;
}

/** Rows numbered by their tuple (`n`, from 1, as `with ordinality` numbers them), gathered per tuple in order. */
export function groupByTuple<R extends { n: number }>(rows: readonly R[], tupleCount: number): Omit<R, 'n'>[][] {
  const groups = Array.from({ length: tupleCount }, () => [] as Omit<R, 'n'>[]);
  for (const { n, ...row } of rows) groups[n - 1].push(row);
  return groups;
}
