import { collect, isCalendarDate, ok, refused, today, trimmedOrNull } from './index';

describe('kernel', () => {
  it('gives today as the UTC calendar date', () => {
    expect(today(new Date('2026-11-24T23:30:00-05:00'))).toBe('2026-11-25');
    expect(isCalendarDate(today())).toBe(true);
  });

  it('accepts only real calendar dates written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-2-01')).toBe(false);
  });

  it('collects every error or builds the value', () => {
    const error = { code: 'X', message: 'x' };
    expect(collect([], () => 1)).toEqual(ok(1));
    expect(collect([error, error], () => 1)).toEqual(refused(error, error));
  });

  it('stores blank texts as absent', () => {
    expect(trimmedOrNull('  a ')).toBe('a');
    expect(trimmedOrNull('   ')).toBeNull();
    expect(trimmedOrNull(undefined)).toBeNull();
  });
});
