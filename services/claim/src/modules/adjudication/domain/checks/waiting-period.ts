import { addMonths } from '@imis/kernel';
import { REJECTION } from '../claim-codes';
import { pass, reject, skip, type CoverageCheck } from './check';

/**
 * (17) On a new policy, or for an insuree who joined after the policy took effect, the line is covered from the
 * insuree's effective date + the product line's waiting period (adult or child at the target date). A member
 * already covered when the policy was renewed has no new waiting period.
 */
export const waitingPeriodCheck: CoverageCheck = {
  name: 'waiting-period',
  level: 'coverage',
  codes: [REJECTION.WAITING_PERIOD],
  description: 'the waiting period is over',
  run({ candidate, adult, targetDate }) {
    const { policy, insureePolicy, productLine } = candidate;
    const joinedLater = policy.effectiveDate !== null && policy.effectiveDate < insureePolicy.effectiveDate;
    const months = adult ? productLine.waitingPeriodAdult : productLine.waitingPeriodChild;
    const facts = { policyStage: policy.stage, insureeEffectiveDate: insureePolicy.effectiveDate, policyEffectiveDate: policy.effectiveDate, waitingMonths: months };
    if (policy.stage !== 'N' && !joinedLater) return skip({ ...facts, problem: 'renewal of a member already covered' });
    if (months <= 0) return skip(facts);
    const coveredFrom = addMonths(insureePolicy.effectiveDate, months);
    const withDates = { ...facts, coveredFrom, targetDate };
    return targetDate < coveredFrom ? reject(REJECTION.WAITING_PERIOD, withDates) : pass(withDates);
  },
};
