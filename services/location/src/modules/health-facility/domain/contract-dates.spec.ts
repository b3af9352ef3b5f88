import { isCalendarDate } from '@imis/kernel';
import { contractDateErrors } from './contract-dates';

const codeAndField = (start: string | null, end: string | null) =>
  contractDateErrors(start, end).map((error) => `${error.code}:${error.field}`);

describe('contract dates', () => {
  it('are optional as a pair', () => {
    expect(contractDateErrors(null, null)).toEqual([]);
    expect(contractDateErrors('2025-01-01', '2025-12-31')).toEqual([]);
  });

  it('come as a pair', () => {
    expect(codeAndField('2025-01-01', null)).toEqual(['HEALTH_FACILITY_CONTRACT_DATES_INVALID:contractEndDate']);
    expect(codeAndField(null, '2025-01-01')).toEqual(['HEALTH_FACILITY_CONTRACT_DATES_INVALID:contractStartDate']);
  });

  it('end after the start', () => {
    expect(codeAndField('2025-06-01', '2025-05-31')).toEqual(['HEALTH_FACILITY_CONTRACT_DATES_INVALID:contractEndDate']);
    expect(codeAndField('2025-06-01', '2025-06-01')).toEqual(['HEALTH_FACILITY_CONTRACT_DATES_INVALID:contractEndDate']);
  });

  it('are real calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-2-1')).toBe(false);
    expect(codeAndField('2025-13-01', '2026-01-01')).toEqual(['HEALTH_FACILITY_CONTRACT_DATES_INVALID:contractStartDate']);
  });
});
