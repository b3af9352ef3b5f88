import { REJECTION } from '../claim-codes';
import { pass, reject, type ClaimCheck } from './check';

/** (9) The claim needs a start date, an end date not before it, and a claim date on or after it. */
export const targetDateCheck: ClaimCheck = {
  name: 'target-date',
  level: 'claim',
  codes: [REJECTION.INVALID_TARGET_DATE],
  description: 'the claim has a valid target date',
  run({ claim, targetDate }) {
    const facts = { dateFrom: claim.dateFrom, dateTo: claim.dateTo, dateClaimed: claim.dateClaimed, targetDate };
    if (claim.dateFrom === null || targetDate === null) return reject(REJECTION.INVALID_TARGET_DATE, { ...facts, problem: 'no start date' });
    if (targetDate < claim.dateFrom) return reject(REJECTION.INVALID_TARGET_DATE, { ...facts, problem: 'ends before it starts' });
    if (claim.dateClaimed < claim.dateFrom) return reject(REJECTION.INVALID_TARGET_DATE, { ...facts, problem: 'claimed before the treatment' });
    return pass(facts);
  },
};
