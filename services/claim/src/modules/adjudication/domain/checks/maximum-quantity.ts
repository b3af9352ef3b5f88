import { REJECTION } from '../claim-codes';
import { pass, reject, skip, type CoverageCheck } from './check';

/**
 * (16) Decisions table: with a limit (limit count adult/child > 0), the quantity already passed for this item or
 * service in the coverage window (this claim's earlier lines included) leaves a quota: quota ≥ quantity passes,
 * a smaller positive quota passes with the quantity trimmed to it, no quota left rejects.
 */
export const maximumQuantityCheck: CoverageCheck = {
  name: 'maximum-quantity',
  level: 'coverage',
  codes: [REJECTION.MAX_QUANTITY],
  description: 'the quantity allowed in the policy period is not exceeded',
  run({ candidate, adult, kind, line, quantity, usage }) {
    const limit = adult ? candidate.productLine.limitCountAdult : candidate.productLine.limitCountChild;
    if (limit <= 0) return skip({ limit: 'unlimited' });
    const used = usage.quantityUsed(candidate.insureePolicy.id, kind, line.medicalId);
    const left = Math.max(0, limit - used);
    const facts = { limit, used, left, asked: quantity };
    if (left <= 0) return reject(REJECTION.MAX_QUANTITY, facts);
    if (left < quantity) return { result: 'trim', quantity: left, facts };
    return pass(facts);
  },
};
