import { addMonths, ageOn, isAdult, photoRenewalDue } from './age';

describe('age', () => {
  it('counts whole years', () => {
    expect(ageOn('2000-06-15', '2024-06-14')).toBe(23);
    expect(ageOn('2000-06-15', '2024-06-15')).toBe(24);
    expect(ageOn('2024-06-15', '2024-06-15')).toBe(0);
  });

  it('ages someone born on 29 February on 1 March in common years', () => {
    expect(ageOn('2004-02-29', '2023-02-28')).toBe(18);
    expect(ageOn('2004-02-29', '2023-03-01')).toBe(19);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('is adult from the age of majority', () => {
    expect(isAdult('2006-06-15', '2024-06-14')).toBe(false);
    expect(isAdult('2006-06-15', '2024-06-15')).toBe(true);
    expect(isAdult('2008-06-15', '2024-06-15', 16)).toBe(true);
  });

  it('refuses texts that are not calendar dates', () => {
    expect(() => ageOn('2000-02-30', '2024-01-01')).toThrow(RangeError);
  });

  it('adds months, keeping the day within the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2019-06-15', 60)).toBe('2024-06-15');
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
  });

  it('makes a photo renewal due after 60 months for adults and 12 for children', () => {
    const adult = '1990-01-01';
    const child = '2015-01-01';
    expect(photoRenewalDue(null, adult, '2024-06-15')).toBe(true);
    expect(photoRenewalDue('2019-06-16', adult, '2024-06-15')).toBe(false);
    expect(photoRenewalDue('2019-06-15', adult, '2024-06-15')).toBe(true);
    expect(photoRenewalDue('2023-06-16', child, '2024-06-15')).toBe(false);
    expect(photoRenewalDue('2023-06-15', child, '2024-06-15')).toBe(true);
  });
});
