import { REJECTION } from '../claim-codes';
import { pass, reject, skip, type LineCheck } from './check';

export const PATIENT_MASK = { MALE: 1, FEMALE: 2, ADULT: 4, MINOR: 8 } as const;

/** (4) The line's patient-category mask includes the insuree's sex (O counts as male) and age group at the target date; 0 = no restriction. */
export const patientCategoryCheck: LineCheck = {
  name: 'patient-category',
  level: 'line',
  codes: [REJECTION.PATIENT_CATEGORY],
  description: "the item or service is meant for the insuree's sex and age",
  run({ entry, claim, adult }) {
    if (!entry) return skip({ problem: 'not in the register' });
    const allowed = entry.patientCategory;
    if (allowed === 0) return skip({ patientCategory: 0 });
    const insureeMask = (claim.insuree.gender === 'F' ? PATIENT_MASK.FEMALE : PATIENT_MASK.MALE) | (adult ? PATIENT_MASK.ADULT : PATIENT_MASK.MINOR);
    const facts = { patientCategory: allowed, insureeMask, gender: claim.insuree.gender, adult };
    return (allowed & insureeMask) === insureeMask ? pass(facts) : reject(REJECTION.PATIENT_CATEGORY, facts);
  },
};
