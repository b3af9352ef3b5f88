import { COVERING_POLICY_STATUSES, REJECTION } from '../claim-codes';
import { insureePoliciesOf } from '../context-index';
import { pass, reject, type ClaimCheck } from './check';

/**
 * (7) The insuree is a current record and some coverage row of theirs, under a policy that gives coverage,
 * covers the whole stay [date from, target date].
 */
export const insureeCheck: ClaimCheck = {
  name: 'insuree',
  level: 'claim',
  codes: [REJECTION.INVALID_INSUREE],
  description: 'the insuree is valid and covered on the treatment dates',
  run({ claim, targetDate, context }) {
    const insuree = claim.insuree;
    if (!insuree.active) return reject(REJECTION.INVALID_INSUREE, { insureeId: insuree.id, problem: 'not a current insuree' });
    const from = claim.dateFrom ?? targetDate;
    const covering = insureePoliciesOf(context, insuree.id).filter((row) => {
      const policy = context.policies[row.policyId];
      return (
        row.effectiveDate !== null &&
        from !== null &&
        targetDate !== null &&
        row.effectiveDate <= from &&
        targetDate <= row.expiryDate &&
        policy !== undefined &&
        COVERING_POLICY_STATUSES.includes(policy.status)
      );
    });
    const facts = { insureeId: insuree.id, dateFrom: from, targetDate, coveringPolicies: covering.length };
    return covering.length === 0 ? reject(REJECTION.INVALID_INSUREE, { ...facts, problem: 'no coverage on the treatment dates' }) : pass(facts);
  },
};
