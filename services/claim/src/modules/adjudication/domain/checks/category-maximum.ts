import { CATEGORY_MAXIMA, REJECTION } from '../claim-codes';
import { pass, reject, skip, type CoverageCheck } from './check';

/**
 * (11–15, 19) Services only: the insuree's claims of this claim's category (Checked or later) in the coverage
 * window must be fewer than the product's maximum. When no policy has room, the whole claim is rejected with
 * the category's code (decisions table; see check-claim.ts).
 */
export const categoryMaximumCheck: CoverageCheck = {
  name: 'category-maximum',
  level: 'coverage',
  codes: [REJECTION.MAX_HOSPITAL_ADMISSIONS, REJECTION.MAX_VISITS, REJECTION.MAX_CONSULTATIONS, REJECTION.MAX_SURGERIES, REJECTION.MAX_DELIVERIES, REJECTION.MAX_ANTENATAL],
  description: 'the number of claims of this category in the policy period is not exceeded',
  run({ kind, category, candidate, usage }) {
    if (kind !== 'service') return skip({ problem: 'items are not counted' });
    const { limit: limitName, code } = CATEGORY_MAXIMA[category];
    const limit = candidate.product.categoryLimits[limitName].maxCount;
    if (limit === null) return skip({ category, limit: 'unlimited' });
    const used = usage.categoryClaims(candidate.insureePolicy.id, category);
    const facts = { category, limit, used, left: Math.max(0, limit - used) };
    return used >= limit ? reject(code, facts) : pass(facts);
  },
};
