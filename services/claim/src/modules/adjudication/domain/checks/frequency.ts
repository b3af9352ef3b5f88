import { REJECTION } from '../claim-codes';
import { daysBetween } from '../dates';
import type { PassedLine } from '../usage-counters';
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
    if (!entry) return skip({ problem: 'not in the register' });
    const frequency = entry.frequency;
    if (frequency <= 0) return skip({ frequency });
    const conflicts = usage
      .passedLines(claim.insuree.id)
      .filter((other) => other.claimId !== claim.id && other.kind === kind && other.medicalId === line.medicalId)
      .map((other) => ({ other, apart: Math.abs(daysBetween(other.targetDate, targetDate)) }))
      .filter(({ apart }) => apart < frequency);
    const facts = { frequencyDays: frequency, targetDate };
    if (conflicts.length === 0) return pass(facts);
    // The nearest one, whatever order the history came in (the trace must not depend on loading order).
    const { other, apart } = conflicts.reduce((best, one) => (compareConflicts(one, best) < 0 ? one : best));
    return reject(REJECTION.FREQUENCY, { ...facts, otherClaimId: other.claimId, otherTargetDate: other.targetDate, daysApart: apart });
  },
};

function compareConflicts(a: { other: PassedLine; apart: number }, b: { other: PassedLine; apart: number }): number {
  if (a.apart !== b.apart) return a.apart - b.apart;
  if (a.other.targetDate !== b.other.targetDate) return a.other.targetDate < b.other.targetDate ? -1 : 1;
  return a.other.claimId < b.other.claimId ? -1 : a.other.claimId > b.other.claimId ? 1 : 0;
}
