import { countedPolicies } from './claim-usage';

describe('claim usage', () => {
  const policies = [{ policyId: 'p1' }, { policyId: 'p2' }];

  it('counts the policies of a claim past Entered only', () => {
    expect(countedPolicies({ status: 'CHECKED', policies })).toEqual(policies);
    expect(countedPolicies({ status: 'PROCESSED', policies })).toEqual(policies);
    expect(countedPolicies({ status: 'VALUATED', policies })).toEqual(policies);
    expect(countedPolicies({ status: 'ENTERED', policies })).toEqual([]);
    expect(countedPolicies({ status: 'REJECTED', policies })).toEqual([]);
  });
});
