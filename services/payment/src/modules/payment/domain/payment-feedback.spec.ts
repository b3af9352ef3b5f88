import { paymentFeedback } from './payment-feedback';

const payment = { phone: '+255700000001', smsRequired: true, transactionNo: 'T-1', receivedCents: 150_01 };
const line = (change: Record<string, unknown> = {}) => ({ insuranceNumber: '111', productCode: 'P1', shareCents: 50_00, balanceCents: 0, paidInAdvance: false, ...change });

describe('paymentFeedback (§5.4 finish)', () => {
  it('tells the payer each share and what each policy still lacks, and what no policy took', () => {
    expect(paymentFeedback(payment, { matched: true, lines: [line(), line({ productCode: 'P2', shareCents: 100_01, balanceCents: 99_99 })], surplusCents: 0 })).toEqual({
      kind: 'MATCHED',
      phone: '+255700000001',
      text: 'Payment T-1 of 150.01 received. 111 P1: 50.00 paid, policy fully paid. 111 P2: 100.01 paid, balance 99.99.',
    });
    expect(paymentFeedback(payment, { matched: true, lines: [line({ shareCents: 140_01, paidInAdvance: true })], surplusCents: 10_00 })?.text).toBe(
      'Payment T-1 of 150.01 received. 111 P1: 140.01 paid for the renewal, renewal fully paid. Not used: 10.00.',
    );
  });

  it('gives a rejected payment its reason', () => {
    expect(paymentFeedback(payment, { matched: false, reason: 'INSUREE_UNKNOWN: 000000001' })).toEqual({
      kind: 'REJECTED',
      phone: '+255700000001',
      text: 'Payment T-1 of 150.01 was not matched: INSUREE_UNKNOWN: 000000001. Please contact the scheme.',
    });
  });

  it('says nothing unless the payment asked for an SMS and gave a phone', () => {
    const outcome = { matched: false, reason: 'POLICY_NOT_FOUND: 111 P1' } as const;
    expect(paymentFeedback({ ...payment, smsRequired: false }, outcome)).toBeNull();
    expect(paymentFeedback({ ...payment, phone: null }, outcome)).toBeNull();
  });
});
