import { REJECTION } from '../claim-codes';
import { daysBetween } from '../dates';
import { pass, reject, skip, type LineCheck } from './check';

/**
 * (5) Decisions table, symmetric: rejected when another claim of the insuree (Checked or later) has a passed line
 * for the same item or service whose target date is less than `frequency` days away, before or after.
 */
export const frequencyCheck: LineCheck = {
  name: 'frequency',
  level: 'line',
  codes: [REJECTION.FREQUENCY],
  description: 'the item or service is not provided again too soon',
  run({ entry, claim, kind, line, targetDate, usage }) {
    const frequency = entry!.frequency;
    if (frequency <= 0) return skip({ frequency });
    const conflict = usage
      .passedLines(claim.insuree.id)
      .find((other) => other.claimId !== claim.id && other.kind === kind && other.medicalId === line.medicalId && Math.abs(daysBetween(other.targetDate, targetDate)) < frequency);
    const facts = { frequencyDays: frequency, targetDate };
    if (!conflict) return pass(facts);
    return reject(REJECTION.FREQUENCY, { ...facts, otherClaimId: conflict.claimId, otherTargetDate: conflict.targetDate, daysApart: Math.abs(daysBetween(conflict.targetDate, targetDate)) });
  },
};
