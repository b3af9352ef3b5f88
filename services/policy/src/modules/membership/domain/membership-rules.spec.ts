import { fitsMemberCap, joiningEffectiveDate, joinsPolicy, planMembership } from './membership-rules';

const policy = { status: 'ACTIVE', paidTotal: '1000.00', enrolDate: '2025-01-10', startDate: '2025-02-01', expiryDate: '2026-01-31' };

describe('membership rules', () => {
  it('joins only while the policy runs, from its enrolment to its expiry', () => {
    expect(joinsPolicy(policy, '2025-01-09')).toBe(false);
    expect(joinsPolicy(policy, '2025-01-10')).toBe(true);
    expect(joinsPolicy(policy, '2026-01-31')).toBe(true);
    expect(joinsPolicy(policy, '2026-02-01')).toBe(false);
  });

  it('fits the member cap while rows + 1 ≤ memberCount', () => {
    expect(fitsMemberCap(2, 3)).toBe(true);
    expect(fitsMemberCap(3, 3)).toBe(false);
  });

  it('covers a joining member of an activated policy still paid for, from max(join, start)', () => {
    expect(joiningEffectiveDate(policy, '1000.00', '2025-03-05')).toBe('2025-03-05');
    expect(joiningEffectiveDate({ ...policy, status: 'READY' }, '999.99', '2025-01-20')).toBe('2025-02-01');
  });

  it('leaves the member uncovered when the value rose above the paid total, or the policy is not activated', () => {
    expect(joiningEffectiveDate(policy, '1000.01', '2025-03-05')).toBeNull();
    expect(joiningEffectiveDate({ ...policy, status: 'IDLE' }, '500.00', '2025-03-05')).toBeNull();
    expect(joiningEffectiveDate({ ...policy, status: 'SUSPENDED' }, '500.00', '2025-03-05')).toBeNull();
  });

  describe('planMembership', () => {
    const request = { policy, holders: ['head', 'child'], memberCount: 3, leavers: [], joiners: [], joinedOn: '2025-03-05' };

    it('adds joiners while the policy runs, up to the member cap, and never twice', () => {
      expect(planMembership({ ...request, joiners: ['child', 'baby', 'twin'] })).toEqual({
        leaving: [],
        joining: ['baby'],
        aboveCap: ['twin'],
        holders: ['head', 'child', 'baby'],
      });
    });

    it('adds no one to a policy the join date falls outside of (an old event, replayed)', () => {
      expect(planMembership({ ...request, joiners: ['baby'], joinedOn: '2025-01-09' })).toEqual({ leaving: [], joining: [], aboveCap: [], holders: ['head', 'child'] });
    });

    it('removes leavers holding rows, whatever the date, and frees their places under the cap', () => {
      expect(planMembership({ ...request, leavers: ['child', 'stranger'], joiners: ['baby', 'twin'] })).toEqual({
        leaving: ['child'],
        joining: ['baby', 'twin'],
        aboveCap: [],
        holders: ['head', 'baby', 'twin'],
      });
      expect(planMembership({ ...request, leavers: ['child'], joinedOn: '2030-01-01' }).holders).toEqual(['head']);
    });
  });
});
