import { addMonths } from '@imis/kernel';
import { productLine } from './adjudication-context';
import { COVERING_POLICY_STATUSES, type LineKind } from './claim-codes';
import type { ClaimFacts, CoverageCandidate } from './checks/check';
import { insureePoliciesOf } from './context-index';

/**
 * Product search (claims.md §2): the insuree's coverage rows in force at the target date, under a policy that
 * gives coverage (Active or Expired) and is in force then, whose product covers the item or service; ordered by
 * insuree effective date + waiting period (then by coverage row id, for a stable order).
 */
export function coveringCandidates(facts: Pick<ClaimFacts, 'claim' | 'targetDate' | 'adult' | 'context'>, kind: LineKind, medicalId: string): CoverageCandidate[] {
  const { context, targetDate } = facts;
  const candidates: { candidate: CoverageCandidate; from: string }[] = [];
  for (const row of insureePoliciesOf(context, facts.claim.insuree.id)) {
    if (row.effectiveDate === null || targetDate < row.effectiveDate || row.expiryDate < targetDate) continue;
    const policy = context.policies[row.policyId];
    if (!policy || !COVERING_POLICY_STATUSES.includes(policy.status) || policy.effectiveDate === null) continue;
    if (targetDate < policy.effectiveDate || policy.expiryDate < targetDate) continue;
    const product = context.products[policy.productId];
    const line = product && productLine(product, kind, medicalId);
    if (!line) continue;
    const from = addMonths(row.effectiveDate, facts.adult ? line.waitingPeriodAdult : line.waitingPeriodChild);
    candidates.push({ candidate: { insureePolicy: { ...row, effectiveDate: row.effectiveDate }, policy, product, productLine: line }, from });
  }
  return candidates
    .sort((a, b) => (a.from !== b.from ? (a.from < b.from ? -1 : 1) : a.candidate.insureePolicy.id < b.candidate.insureePolicy.id ? -1 : 1))
    .map(({ candidate }) => candidate);
}
