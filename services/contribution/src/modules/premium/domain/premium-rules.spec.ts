import { decidePremium, lastPaymentDate, type PolicyTerms, type PremiumSave } from './premium-balance';
import { payDate, payDateFitsPolicy, premiumFields, type PremiumInput } from './premium-fields';

const TODAY = '2025-07-15';
const input = (change: Partial<PremiumInput> = {}): PremiumInput => ({
  amount: '100',
  receipt: ' R-1 ',
  payDate: '2025-07-01',
  payType: 'C',
  isPhotoFee: false,
  isOffline: false,
  source: null,
  ...change,
});
const codes = (result: ReturnType<typeof premiumFields>) => (result.ok ? [] : result.errors.map((error) => error.code));

describe('premium fields (§4)', () => {
  it('keeps a valid premium with its amount normalised and its receipt trimmed', () => {
    expect(premiumFields(input({ amount: '7.5' }), TODAY)).toEqual({ ok: true, value: expect.objectContaining({ amount: '7.50', receipt: 'R-1', source: null }) });
  });

  it('refuses an amount that is zero, negative or not money', () => {
    for (const amount of ['0', '-5', '1.234', 'abc', '']) expect(codes(premiumFields(input({ amount }), TODAY))).toEqual(['CONTRIBUTION_AMOUNT_INVALID']);
  });

  it('requires a receipt of at most 50 characters', () => {
    expect(codes(premiumFields(input({ receipt: '   ' }), TODAY))).toEqual(['RECEIPT_INVALID']);
    expect(codes(premiumFields(input({ receipt: 'x'.repeat(51) }), TODAY))).toEqual(['RECEIPT_INVALID']);
    expect(premiumFields(input({ receipt: 'x'.repeat(50) }), TODAY).ok).toBe(true);
  });

  it('refuses a pay date in the future or not a calendar date; today is fine', () => {
    expect(payDate('2025-07-16', TODAY)).toMatchObject({ ok: false, errors: [{ code: 'PAY_DATE_IN_FUTURE' }] });
    expect(payDate('2025-02-30', TODAY)).toMatchObject({ ok: false, errors: [{ code: 'PAY_DATE_INVALID' }] });
    expect(payDate(TODAY, TODAY)).toEqual({ ok: true, value: TODAY });
  });

  it('refuses a pay date before the policy’s enrolment, unless the policy is not known here', () => {
    expect(payDateFitsPolicy('2025-05-31', '2025-06-01')).toMatchObject({ ok: false, errors: [{ code: 'PAY_DATE_BEFORE_ENROLMENT' }] });
    expect(payDateFitsPolicy('2025-06-01', '2025-06-01').ok).toBe(true);
    expect(payDateFitsPolicy('2020-01-01', null).ok).toBe(true);
  });

  it('keeps pay type F (funding) to the system, and reports every bad field at once', () => {
    expect(codes(premiumFields(input({ payType: 'F' }), TODAY))).toEqual(['PAY_TYPE_RESERVED']);
    expect(premiumFields(input({ payType: 'F' }), TODAY, 'system').ok).toBe(true);
    expect(codes(premiumFields(input({ amount: '0', receipt: '', payDate: '2030-01-01', source: 's'.repeat(51) }), TODAY))).toEqual([
      'CONTRIBUTION_AMOUNT_INVALID',
      'RECEIPT_INVALID',
      'PAY_DATE_IN_FUTURE',
      'CONTRIBUTION_SOURCE_INVALID',
    ]);
  });
});

describe('balance and warnings on save (§4)', () => {
  const terms: PolicyTerms = { value: '1000.00', stage: 'N', enrolDate: '2025-01-10', startDate: '2025-02-01', gracePeriodPayment: 2, maxInstallments: 3 };
  const save = (change: Partial<PremiumSave> = {}): PremiumSave => ({ amount: '400', payDate: '2025-02-01', isPhotoFee: false, action: 'PAY', otherPaid: '0', installments: 1, ...change });
  const warningCodes = (change: Partial<PremiumSave>, policy = terms) => decidePremium(policy, save(change)).warnings.map((warning) => warning.code);

  it('computes the balance from the other non-photo premiums', () => {
    expect(decidePremium(terms, save({ otherPaid: '250.50' })).balance).toBe('749.50');
  });

  it('pays exactly: no warning', () => {
    expect(warningCodes({ amount: '600', otherPaid: '400', installments: 2 })).toEqual([]);
  });

  it('warns UNDERPAID below the balance unless enforced, OVERPAID above it', () => {
    expect(warningCodes({ amount: '400' })).toEqual(['UNDERPAID']);
    expect(warningCodes({ amount: '400', action: 'WAIT' })).toEqual(['UNDERPAID']);
    expect(warningCodes({ amount: '1200' })).toEqual(['OVERPAID']);
    expect(warningCodes({ amount: '400', action: 'ENFORCE' })).toEqual(['ACTION_IN_POLICY_SERVICE']);
  });

  it('adds the reasons to choose: installments reached, last date for payment passed', () => {
    expect(warningCodes({ amount: '100', installments: 3 })).toEqual(['UNDERPAID', 'INSTALLMENTS_REACHED']);
    expect(warningCodes({ amount: '100', payDate: '2025-03-10' })).toEqual(['UNDERPAID', 'PAST_LAST_PAYMENT_DATE']);
    expect(warningCodes({ amount: '100', payDate: '2025-03-09' })).toEqual(['UNDERPAID']);
    expect(warningCodes({ amount: '100', installments: 9 }, { ...terms, maxInstallments: 0 })).toEqual(['UNDERPAID']);
  });

  it('gives a photo fee no balance warning (outside every sum)', () => {
    expect(warningCodes({ amount: '5', isPhotoFee: true, installments: 9, payDate: '2025-12-01' })).toEqual([]);
  });

  it('reports SUSPEND as the policy service’s, the premium being recorded', () => {
    expect(warningCodes({ amount: '400', action: 'SUSPEND' })).toEqual(['UNDERPAID', 'ACTION_IN_POLICY_SERVICE']);
  });

  it('dates the last payment from the enrolment (new) or the start (renewal); none without a grace', () => {
    expect(lastPaymentDate(terms)).toBe('2025-03-09');
    expect(lastPaymentDate({ ...terms, stage: 'R' })).toBe('2025-03-31');
    expect(lastPaymentDate({ ...terms, gracePeriodPayment: 0 })).toBeNull();
  });
});
