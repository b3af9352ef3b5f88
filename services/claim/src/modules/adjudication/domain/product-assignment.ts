import type { LimitationType, PriceOrigin, VisitType } from './claim-codes';
import type { CoverageCandidate } from './checks/check';
import type { TraceFacts } from './trace';

/** What the paying policy's product line sets on a passed line. */
export interface LineCoverage {
  readonly policyId: string;
  readonly productId: string;
  readonly insureePolicyId: string;
  readonly priceOrigin: PriceOrigin;
  readonly limitation: LimitationType;
  /** Co-insurance %, or fixed amount per unit (0 = unlimited). */
  readonly limitationValue: number;
}

/** A candidate that passed every coverage check, with the unit price (cents) it would value the line at. */
export interface PassingCandidate {
  readonly candidate: CoverageCandidate;
  readonly unitPriceCents: number;
}

const LIMIT_COLUMN: Record<VisitType, 'normal' | 'emergency' | 'referral'> = { O: 'normal', E: 'emergency', R: 'referral' };

export function coverageOf(candidate: CoverageCandidate, visitType: VisitType, adult: boolean): LineCoverage {
  const limit = candidate.productLine.limits[LIMIT_COLUMN[visitType]];
  return {
    policyId: candidate.policy.id,
    productId: candidate.product.id,
    insureePolicyId: candidate.insureePolicy.id,
    priceOrigin: candidate.productLine.priceOrigin,
    limitation: limit.limitationType,
    limitationValue: adult ? limit.adult : limit.child,
  };
}

/**
 * Product assignment (claims.md §2): the best co-insurance candidate (highest %) and the best fixed one (highest
 * limit per unit, 0 = unlimited). With both, fixed wins when unlimited or above the unit price; otherwise the one
 * leaving the insuree less to pay (price − fixed limit vs (1 − % / 100) × price); co-insurance on a tie and at ≥ 100 %.
 */
export function assignProduct(passing: readonly PassingCandidate[], visitType: VisitType, adult: boolean): { chosen: PassingCandidate; coverage: LineCoverage; facts: TraceFacts } {
  const options = passing.map((one) => ({ one, coverage: coverageOf(one.candidate, visitType, adult) }));
  const best = (type: LimitationType) =>
    options
      .filter((option) => option.coverage.limitation === type)
      .reduce<(typeof options)[number] | undefined>((top, option) => (!top || rank(option.coverage) > rank(top.coverage) ? option : top), undefined);
  const coInsurance = best('C');
  const fixed = best('F');
  const pick = (option: (typeof options)[number], why: string) => ({ chosen: option.one, coverage: option.coverage, facts: { policyId: option.coverage.policyId, limitation: option.coverage.limitation, limitationValue: option.coverage.limitationValue, candidates: passing.length, why } });
  if (!coInsurance || !fixed) return pick((coInsurance ?? fixed)!, 'the only kind of limit offered');
  const price = fixed.one.unitPriceCents;
  const fixedCents = Math.round(fixed.coverage.limitationValue * 100);
  if (fixedCents === 0 || fixedCents > price) return pick(fixed, 'the fixed limit covers the whole price');
  if (coInsurance.coverage.limitationValue >= 100) return pick(coInsurance, 'co-insurance pays the whole price');
  const insureePaysFixed = price - fixedCents;
  const insureePaysCoInsurance = ((100 - coInsurance.coverage.limitationValue) / 100) * coInsurance.one.unitPriceCents;
  return insureePaysFixed < insureePaysCoInsurance ? pick(fixed, 'the insuree pays less with the fixed limit') : pick(coInsurance, 'the insuree pays less with co-insurance');
}

const rank = (coverage: LineCoverage) => (coverage.limitation === 'F' && coverage.limitationValue === 0 ? Number.POSITIVE_INFINITY : coverage.limitationValue);
