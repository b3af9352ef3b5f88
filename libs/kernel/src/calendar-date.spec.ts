import { addDays, addMonths, ageOn, daysInMonth, laterDate } from './index';

describe('calendar dates', () => {
  it('adds calendar months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-07-01', 12)).toBe('2025-07-01');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
    expect(addMonths('2024-03-15', -4)).toBe('2023-11-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-05-05', 0)).toBe('2024-05-05');
  });

  it('adds and subtracts days across month, year and leap-day ends', () => {
    expect(addDays('2025-07-01', -1)).toBe('2025-06-30');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('counts whole years of age; a 29 February birthday turns over on 1 March in common years', () => {
    expect(ageOn('2006-04-15', '2024-04-14')).toBe(17);
    expect(ageOn('2006-04-15', '2024-04-15')).toBe(18);
    expect(ageOn('2004-02-29', '2023-02-28')).toBe(18);
    expect(ageOn('2004-02-29', '2023-03-01')).toBe(19);
  });

  it('knows month lengths and the later of two dates, and refuses what is not a calendar date', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2024, 12)]).toEqual([29, 28, 31]);
    expect(laterDate('2024-07-01', '2024-06-30')).toBe('2024-07-01');
    expect(laterDate('2024-06-30', '2024-07-01')).toBe('2024-07-01');
    expect(() => addMonths('2024-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('24-01-01', 1)).toThrow(RangeError);
    expect(() => ageOn('2000-01-01', 'today')).toThrow(RangeError);
  });
});
