import { REJECTION } from '../claim-codes';
import { pass, reject, skip, type LineCheck } from './check';

/**
 * (10) Decisions table: an in-patient (I) line needs a facility of care type I or B and an in-patient claim;
 * an out-patient (O) line needs a facility of care type O or B; B lines always pass. No care type counts as B.
 */
export const careTypeCheck: LineCheck = {
  name: 'care-type',
  level: 'line',
  codes: [REJECTION.CARE_TYPE],
  description: "the line's care type fits the facility and the stay",
  run({ entry, claim, inPatient }) {
    if (!entry) return skip({ problem: 'not in the register' });
    const lineCare = entry.careType;
    const facilityCare = claim.facility.careType ?? 'B';
    const facts = { lineCareType: lineCare, facilityCareType: facilityCare, inPatient };
    if (lineCare === 'I' && facilityCare === 'O') return reject(REJECTION.CARE_TYPE, { ...facts, problem: 'in-patient line at an out-patient facility' });
    if (lineCare === 'I' && !inPatient) return reject(REJECTION.CARE_TYPE, { ...facts, problem: 'in-patient line on a day visit' });
    if (lineCare === 'O' && facilityCare === 'I') return reject(REJECTION.CARE_TYPE, { ...facts, problem: 'out-patient line at an in-patient facility' });
    return pass(facts);
  },
};
