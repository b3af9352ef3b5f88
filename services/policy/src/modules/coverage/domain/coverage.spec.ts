import { answeredRows, coverageLetter } from './coverage-letter';
import { enquireLine, type CoveringPolicy } from './line-enquiry';
import { remainingAmounts, type CeilingProduct } from './remaining-amounts';

describe('coverageLetter', () => {
  const row = { effectiveDate: '2025-01-01', expiryDate: '2025-12-31', status: 'ACTIVE' as const };

  it('is I while the member is not covered or not yet effective', () => {
    expect(coverageLetter({ ...row, effectiveDate: null }, '2025-06-01')).toBe('I');
    expect(coverageLetter({ ...row, effectiveDate: '2025-07-01' }, '2025-06-01')).toBe('I');
  });

  it('is E after the expiry, whatever the status', () => {
    expect(coverageLetter(row, '2026-01-01')).toBe('E');
    expect(coverageLetter({ ...row, status: 'SUSPENDED' }, '2026-01-01')).toBe('E');
  });

  it('follows the policy status within the period', () => {
    expect(coverageLetter(row, '2025-12-31')).toBe('A');
    expect(coverageLetter({ ...row, status: 'IDLE' }, '2025-06-01')).toBe('I');
    expect(coverageLetter({ ...row, status: 'SUSPENDED' }, '2025-06-01')).toBe('S');
    expect(coverageLetter({ ...row, status: 'READY' }, '2025-06-01')).toBe('R');
    expect(coverageLetter({ ...row, status: 'EXPIRED' }, '2025-06-01')).toBe('E');
  });

  it('answers the active rows when there are some, else all', () => {
    expect(answeredRows([{ letter: 'E' as const }, { letter: 'A' as const }])).toEqual([{ letter: 'A' }]);
    expect(answeredRows([{ letter: 'E' as const }, { letter: 'I' as const }])).toHaveLength(2);
  });
});

describe('remainingAmounts', () => {
  const none = { general: null, inPatient: null, outPatient: null };
  const product: CeilingProduct = {
    ceilingType: 'P',
    deductible: { general: '100', inPatient: '50', outPatient: null },
    ceiling: { general: null, inPatient: '50000', outPatient: '20000' },
    extraMemberCeiling: { general: null, inPatient: '1000', outPatient: null },
    maxPolicyCeiling: { general: null, inPatient: '52000', outPatient: null },
    threshold: 4,
    memberCount: 6,
  };

  it('raises a policy ceiling per member above the threshold (family capped at memberCount), up to the policy maximum', () => {
    expect(remainingAmounts(product, 5).ceiling).toEqual({ general: null, inPatient: '51000.00', outPatient: '20000.00' });
    expect(remainingAmounts(product, 9).ceiling).toEqual({ general: null, inPatient: '52000.00', outPatient: '20000.00' });
  });

  it('lets a general amount override the split and subtracts usage, clamped at zero', () => {
    const used = { general: '150', inPatient: '0', outPatient: '25000' };
    expect(remainingAmounts(product, 3, { remunerated: used, deductible: used })).toEqual({
      deductible: { general: '0.00', inPatient: null, outPatient: null },
      ceiling: { general: null, inPatient: '50000.00', outPatient: '0.00' },
    });
  });

  it('never reduces a per-treatment ceiling and leaves unset amounts null', () => {
    const perClaim = { ...product, ceilingType: 'T' as const, deductible: none };
    const used = { general: '0', inPatient: '999999', outPatient: '0' };
    expect(remainingAmounts(perClaim, 9, { remunerated: used, deductible: used })).toEqual({
      deductible: { general: null, inPatient: null, outPatient: null },
      ceiling: { general: null, inPatient: '50000.00', outPatient: '20000.00' },
    });
  });
});

describe('enquireLine', () => {
  const line = { waitingPeriodAdult: 3, waitingPeriodChild: 1, limitCountAdult: 2, limitCountChild: 0 };
  const policy = (effectiveDate: string, change: Partial<CoveringPolicy> = {}): CoveringPolicy => ({ effectiveDate, line, categoryCountLeft: null, categoryAmount: null, used: 0, ...change });
  const adult = { targetDate: '2025-06-01', birthDate: '1990-01-01', ageOfMajority: 18 };
  const child = { ...adult, birthDate: '2015-01-01' };

  it('is not covered without a covering Active policy', () => {
    expect(enquireLine([], adult)).toEqual({ covered: false, minDate: null, left: 0, isOk: false });
  });

  it('adds the adult or child waiting period (age on the target date) to the effective date', () => {
    expect(enquireLine([policy('2025-01-15')], adult)).toEqual({ covered: true, minDate: '2025-04-15', left: 2, isOk: true });
    expect(enquireLine([policy('2025-05-15')], child)).toEqual({ covered: true, minDate: '2025-06-15', left: null, isOk: false });
  });

  it('is not OK before the waiting period ends or with nothing left', () => {
    expect(enquireLine([policy('2025-04-01')], adult)).toMatchObject({ minDate: '2025-07-01', isOk: false });
    expect(enquireLine([policy('2025-01-01', { used: 2 })], adult)).toMatchObject({ left: 0, isOk: false });
  });

  it('takes the smallest minDate and the largest left across policies; an unlimited one in force makes it unlimited', () => {
    const more = { ...line, limitCountAdult: 5 };
    expect(enquireLine([policy('2025-05-01'), policy('2025-01-01', { line: more })], adult)).toEqual({ covered: true, minDate: '2025-04-01', left: 5, isOk: true });
    const unlimited = { ...line, limitCountAdult: 0 };
    expect(enquireLine([policy('2025-01-01'), policy('2025-01-01', { line: unlimited })], adult)).toMatchObject({ left: null, isOk: true });
    expect(enquireLine([policy('2025-01-01'), policy('2025-05-01', { line: unlimited })], adult)).toMatchObject({ left: 2, isOk: true });
  });

  it('refuses a service of a limited category when no policy has claims or amount left in it', () => {
    expect(enquireLine([policy('2025-01-01', { categoryCountLeft: 0 })], adult, true).isOk).toBe(false);
    expect(enquireLine([policy('2025-01-01', { categoryAmount: '0.00' })], adult, true).isOk).toBe(false);
    expect(enquireLine([policy('2025-01-01', { categoryCountLeft: 0 }), policy('2025-01-01', { categoryCountLeft: 3 })], adult, true).isOk).toBe(true);
    expect(enquireLine([policy('2025-01-01', { categoryCountLeft: 0 })], adult, false).isOk).toBe(true);
  });
});
