import { REJECTION } from '../claim-codes';
import { pass, reject, within, type LineCheck } from './check';

/** (1) The item or service is in the register and valid at the target date. */
export const registersCheck: LineCheck = {
  name: 'registers',
  level: 'line',
  codes: [REJECTION.NOT_IN_REGISTERS],
  description: 'the item or service is in the register',
  run({ entry, targetDate, line }) {
    if (!entry) return reject(REJECTION.NOT_IN_REGISTERS, { medicalId: line.medicalId, problem: 'unknown' });
    const facts = { code: entry.code, validFrom: entry.validFrom, validTo: entry.validTo, targetDate };
    return within(targetDate, entry.validFrom, entry.validTo) ? pass(facts) : reject(REJECTION.NOT_IN_REGISTERS, { ...facts, problem: 'not valid at the target date' });
  },
};
