import { cycleStart, effectiveDateOnPayment, lastDateForPayment, policyPeriod } from './policy-period';
import { product, workedExampleProduct } from './policy-value.fixtures';

describe('policy period', () => {
  it('starts the worked example on its 01-07 cycle and expires a day before twelve months later', () => {
    expect(policyPeriod(workedExampleProduct, 'N', '2024-04-15', null)).toEqual({ startDate: '2024-07-01', expiryDate: '2025-06-30' });
  });

  it('takes the next year\'s first cycle when no cycle of the reference year is on or after enrolment − grace (across a year end)', () => {
    const cycles = product({ startCycles: ['01-01', '01-07'], gracePeriodEnrolment: 1 });
    // ref = 2024-11-20: no cycle of 2024 on or after it, so the first cycle of 2025.
    expect(policyPeriod(cycles, 'N', '2024-12-20', null)).toEqual({ startDate: '2025-01-01', expiryDate: '2025-12-31' });
    // ref = 2024-12-25 (enrolment − 1 month, in the year before): still 2025-01-01, joined late within the grace month.
    expect(policyPeriod(cycles, 'N', '2025-01-25', null).startDate).toBe('2025-01-01');
    // ref = 2025-01-05: past the January cycle, so July.
    expect(policyPeriod(cycles, 'N', '2025-02-05', null).startDate).toBe('2025-07-01');
    const noGrace = product({ startCycles: ['01-01', '01-07'] });
    expect(policyPeriod(noGrace, 'N', '2024-07-02', null).startDate).toBe('2025-01-01');
    expect(policyPeriod(noGrace, 'N', '2025-01-01', null).startDate).toBe('2025-01-01');
  });

  it('lists cycles in calendar order and puts a 29-02 cycle on 28 February in common years', () => {
    expect(cycleStart(['01-10', '01-04'], '2024-05-01')).toBe('2024-10-01');
    expect(cycleStart(['29-02'], '2024-03-01')).toBe('2025-02-28');
    expect(cycleStart(['29-02'], '2024-01-01')).toBe('2024-02-29');
    expect(() => cycleStart(['31-13'], '2024-01-01')).toThrow(RangeError);
  });

  it('starts a free enrolment on enrolment + administration period', () => {
    expect(policyPeriod(product({ administrationPeriod: 1 }), 'N', '2024-01-31', null)).toEqual({ startDate: '2024-02-29', expiryDate: '2025-02-27' });
    expect(policyPeriod(product(), 'N', '2024-03-05', null)).toEqual({ startDate: '2024-03-05', expiryDate: '2025-03-04' });
  });

  it('starts a renewal on the day after the previous expiry when renewed early', () => {
    expect(policyPeriod(product({ administrationPeriod: 1 }), 'R', '2025-05-20', '2025-06-30')).toEqual({ startDate: '2025-07-01', expiryDate: '2026-06-30' });
  });

  it('starts a renewal on enrolment + administration period when renewed after the previous expiry', () => {
    expect(policyPeriod(product({ administrationPeriod: 1 }), 'R', '2025-07-10', '2025-06-30')).toEqual({ startDate: '2025-08-10', expiryDate: '2026-08-09' });
    expect(policyPeriod(product(), 'R', '2025-07-01', '2025-06-30').startDate).toBe('2025-07-01');
  });

  it('puts a renewal on cycles with the renewal grace after taking the later of the two dates', () => {
    const cycles = product({ startCycles: ['01-07'], gracePeriodEnrolment: 0, gracePeriodRenewal: 1 });
    expect(policyPeriod(cycles, 'R', '2025-05-02', '2025-06-30').startDate).toBe('2025-07-01');
    expect(policyPeriod(cycles, 'R', '2025-07-25', '2025-06-30').startDate).toBe('2025-07-01');
    expect(policyPeriod(cycles, 'R', '2025-08-02', '2025-06-30').startDate).toBe('2026-07-01');
    expect(() => policyPeriod(cycles, 'R', '2025-05-02', null)).toThrow(RangeError);
  });

  it('expires insurancePeriod months after the start, less a day, clamped at month ends', () => {
    expect(policyPeriod(product({ insurancePeriod: 1 }), 'N', '2024-01-31', null).expiryDate).toBe('2024-02-28');
    expect(policyPeriod(product({ insurancePeriod: 1 }), 'N', '2023-01-31', null).expiryDate).toBe('2023-02-27');
    expect(policyPeriod(product({ insurancePeriod: 6 }), 'N', '2024-08-31', null).expiryDate).toBe('2025-02-27');
    expect(policyPeriod(product({ insurancePeriod: 12 }), 'N', '2024-02-29', null).expiryDate).toBe('2025-02-27');
    expect(policyPeriod(product({ insurancePeriod: 12 }), 'N', '2024-03-01', null).expiryDate).toBe('2025-02-28');
  });

  it('gives the last date for payment: cycles start + grace − 1 day; free enrolment from the enrolment or the previous expiry', () => {
    expect(lastDateForPayment(workedExampleProduct, 'N', '2024-04-15', null, '2024-07-01')).toBe('2024-07-31');
    const cycles = product({ startCycles: ['01-07'], gracePeriodRenewal: 2 });
    expect(lastDateForPayment(cycles, 'R', '2025-05-02', '2025-06-30', '2025-07-01')).toBe('2025-08-31');
    const free = product({ gracePeriodPayment: 3 });
    expect(lastDateForPayment(free, 'N', '2024-11-30', null, '2024-11-30')).toBe('2025-02-27');
    expect(lastDateForPayment(free, 'R', '2025-06-01', '2025-06-30', '2025-07-01')).toBe('2025-09-30');
  });

  it('makes a payment effective from the start when early, from the payment date when late', () => {
    expect(effectiveDateOnPayment('2024-05-03', '2024-07-01')).toBe('2024-07-01');
    expect(effectiveDateOnPayment('2024-07-20', '2024-07-01')).toBe('2024-07-20');
  });
});
