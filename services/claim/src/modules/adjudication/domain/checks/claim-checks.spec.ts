import { adjudicateClaim } from '../adjudicate';
import { claim, context, ID, insureePolicy, policy } from '../adjudication.fixtures';
import { REJECTION } from '../claim-codes';

describe('claim-level checks', () => {
  it('accepts a plain claim: every line passed, Checked then Valuated', () => {
    const { result } = adjudicateClaim(claim(), context());
    expect(result.status).toBe('VALUATED');
    expect(result.rejectionReason).toBe(0);
    expect(result.lines.map((one) => [one.status, one.rejectionReason])).toEqual([
      ['PASSED', 0],
      ['PASSED', 0],
    ]);
    expect(result.approved).toBe('40.00');
  });

  describe('target date (9)', () => {
    it.each([
      ['no start date', { dateFrom: null, dateTo: null }],
      ['an end before the start', { dateTo: '2024-06-09' }],
      ['a claim date before the start', { dateClaimed: '2024-06-09' }],
    ])('rejects the claim and every line for %s', (_name, dates) => {
      const { result } = adjudicateClaim(claim(dates), context());
      expect(result.status).toBe('REJECTED');
      expect(result.rejectionReason).toBe(REJECTION.INVALID_TARGET_DATE);
      expect(result.lines.every((one) => one.status === 'REJECTED' && one.rejectionReason === 9 && one.qtyApproved === 0)).toBe(true);
      expect(result.trace[0]).toMatchObject({ check: 'target-date', outcome: 'rejected', code: 9 });
    });

    it('accepts a claim made on the day of treatment', () => {
      expect(adjudicateClaim(claim({ dateClaimed: '2024-06-10' }), context()).result.status).toBe('VALUATED');
    });
  });

  describe('insuree (7)', () => {
    it('rejects an insuree who is no longer current', () => {
      const { result } = adjudicateClaim(claim({ insuree: { ...claim().insuree, active: false } }), context());
      expect([result.status, result.rejectionReason]).toEqual(['REJECTED', REJECTION.INVALID_INSUREE]);
      expect(result.lines.every((one) => one.rejectionReason === 7)).toBe(true);
    });

    it('rejects a stay not covered from its first to its last day', () => {
      const ctx = context({ insureePolicies: [insureePolicy({ expiryDate: '2024-06-11' })] });
      expect(adjudicateClaim(claim({ dateTo: '2024-06-12' }), ctx).result.rejectionReason).toBe(7);
      expect(adjudicateClaim(claim({ dateTo: '2024-06-11' }), ctx).result.rejectionReason).toBe(0);
    });

    it('rejects when the only coverage is unpaid or under a policy that gives no coverage', () => {
      expect(adjudicateClaim(claim(), context({ insureePolicies: [insureePolicy({ effectiveDate: null })] })).result.rejectionReason).toBe(7);
      expect(adjudicateClaim(claim(), context({ policies: { [ID.policy]: policy({ status: 'SUSPENDED' }) } })).result.rejectionReason).toBe(7);
    });

    it('accepts an Expired policy that covered the treatment dates', () => {
      expect(adjudicateClaim(claim(), context({ policies: { [ID.policy]: policy({ status: 'EXPIRED' }) } })).result.status).toBe('VALUATED');
    });

    it('does not run line checks after a claim-level rejection', () => {
      const { result } = adjudicateClaim(claim({ insuree: { ...claim().insuree, active: false } }), context());
      expect(result.lines[0].trace.map((entry) => entry.check)).toEqual(['insuree']);
    });
  });
});
