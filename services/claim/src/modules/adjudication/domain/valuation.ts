import { centsToMoney, moneyToCents } from '@imis/kernel';
import { medicalEntry, productLine, type AdjudicationContext, type ProductTerms } from './adjudication-context';
import { amountFor, isHospitalContext, policyCeiling } from './ceilings';
import type { CheckedClaim, CheckedLine } from './check-claim';
import { CATEGORY_MAXIMA, type ClaimStatus } from './claim-codes';
import type { ClaimLineInput, ClaimToAdjudicate } from './claim-to-adjudicate';
import { adjustedUnitPrice, lineAmount, priceListDetailOf } from './pricing';
import type { LineCoverage } from './product-assignment';
import type { TraceEntry } from './trace';
import type { Bucket, SplitMoney, UsageLedger } from './usage-counters';

/** A passed line's valuation (money strings). */
export interface LineValuation {
  readonly priceAdjusted: string;
  /** Quantity × adjusted price, capped by a fixed limit: what the deductible and limits start from. */
  readonly value: string;
  readonly deductibleAmount: string;
  readonly exceedCeilingAmountCategory: string;
  readonly exceedCeilingAmount: string;
  /** What the policy pays; for a relative-price line, before the batch run's index. */
  readonly priceValuated: string;
  /** null for a relative-price line: the batch run sets it. */
  readonly remuneratedAmount: string | null;
  readonly trace: TraceEntry;
}

/** One claim's deductible and ceiling consumption under a policy (a ClaimDedRem row): G always, plus IP or OP. */
export interface DedRemRow {
  readonly claimId: string;
  readonly policyId: string;
  readonly insureeId: string;
  readonly hospital: boolean;
  readonly deducted: SplitMoney;
  readonly remunerated: SplitMoney;
}

export interface ValuatedClaim {
  readonly status: Extract<ClaimStatus, 'VALUATED' | 'PROCESSED'>;
  /** Σ paid over passed lines. */
  readonly valuated: string;
  /** Σ paid when Valuated; null while relative-price lines wait for the batch run (Processed). */
  readonly remunerated: string | null;
  readonly lines: ReadonlyMap<string, LineValuation>;
  readonly dedRem: readonly DedRemRow[];
}

interface PolicyTally {
  product: ProductTerms;
  hospital: boolean;
  deducted: number;
  ceilingConsumed: number;
  categoryPaid: number;
  previousDeducted: (bucket: Bucket) => number;
  previousRemunerated: (bucket: Bucket) => number;
}

/**
 * Valuation of a Checked claim (claims.md §3), per paying policy over passed lines, items then services. The
 * product's ceiling type alone chooses the deductible and ceiling (decisions table): T per claim (nothing
 * before), I per insuree under the policy, P per policy. The claim's consumption is committed to the ledger.
 */
export function valuateClaim(claim: ClaimToAdjudicate, checked: CheckedClaim, context: AdjudicationContext, ledger: UsageLedger): ValuatedClaim {
  const inputs = new Map<string, ClaimLineInput>([...claim.items, ...claim.services].map((line) => [line.id, line]));
  const tallies = new Map<string, PolicyTally>();
  const tallyOf = (coverage: LineCoverage): PolicyTally => {
    let tally = tallies.get(coverage.policyId);
    if (!tally) {
      const product = context.products[coverage.productId];
      const ceilingType = product.ceilingType;
      const scope = ceilingType === 'P' ? null : claim.insuree.id;
      tally = {
        product,
        hospital: isHospitalContext(product, claim, checked.inPatient),
        deducted: 0,
        ceilingConsumed: 0,
        categoryPaid: 0,
        previousDeducted: (bucket) => (ceilingType === 'T' ? 0 : ledger.deducted(coverage.policyId, scope, bucket)),
        previousRemunerated: (bucket) => (ceilingType === 'T' ? 0 : ledger.remunerated(coverage.policyId, scope, bucket)),
      };
      tallies.set(coverage.policyId, tally);
    }
    return tally;
  };

  const lines = new Map<string, LineValuation>();
  let paidTotal = 0;
  let relative = false;
  for (const line of checked.lines) {
    if (line.status !== 'PASSED' || line.coverage === null) continue;
    const valuation = valuateLine(claim, checked, context, line, inputs.get(line.lineId)!, line.coverage, tallyOf(line.coverage));
    lines.set(line.lineId, valuation.result);
    paidTotal += valuation.paid;
    relative ||= line.coverage.priceOrigin === 'R';
  }

  const dedRem: DedRemRow[] = [];
  for (const [policyId, tally] of tallies) {
    const buckets: Bucket[] = ['general', tally.hospital ? 'inPatient' : 'outPatient'];
    ledger.addAmounts(policyId, claim.insuree.id, buckets, tally.deducted, tally.ceilingConsumed);
    const split = (cents: number): SplitMoney => ({
      general: centsToMoney(cents),
      inPatient: centsToMoney(tally.hospital ? cents : 0),
      outPatient: centsToMoney(tally.hospital ? 0 : cents),
    });
    dedRem.push({ claimId: claim.id, policyId, insureeId: claim.insuree.id, hospital: tally.hospital, deducted: split(tally.deducted), remunerated: split(tally.ceilingConsumed) });
  }
  ledger.commit();
  return {
    status: relative ? 'PROCESSED' : 'VALUATED',
    valuated: centsToMoney(paidTotal),
    remunerated: relative ? null : centsToMoney(paidTotal),
    lines,
    dedRem,
  };
}

function valuateLine(
  claim: ClaimToAdjudicate,
  checked: CheckedClaim,
  context: AdjudicationContext,
  line: CheckedLine,
  input: ClaimLineInput,
  coverage: LineCoverage,
  tally: PolicyTally,
): { result: LineValuation; paid: number } {
  const { product, hospital } = tally;
  const entry = medicalEntry(context, line.kind, line.medicalId)!;
  const unit = adjustedUnitPrice(input, coverage.priceOrigin, entry, priceListDetailOf(claim.facility, context, line.kind, line.medicalId));
  const quantity = line.qtyApproved;
  let value = lineAmount(quantity, unit);
  if (coverage.limitation === 'F' && coverage.limitationValue > 0) value = Math.min(value, lineAmount(quantity, Math.round(coverage.limitationValue * 100)));
  const valued = value;

  let deducted = 0;
  const deductible = amountFor(product.deductible, hospital);
  if (deductible !== null) {
    const remaining = Math.max(0, deductible.cents - tally.previousDeducted(deductible.bucket) - tally.deducted);
    deducted = Math.min(remaining, value);
    value -= deducted;
    tally.deducted += deducted;
  }
  if (coverage.limitation === 'C') value = Math.round((value * coverage.limitationValue) / 100);

  let exceedCategory = 0;
  const category = checked.category;
  if (category !== null && category !== 'V') {
    const maxAmount = product.categoryLimits[CATEGORY_MAXIMA[category].limit].maxAmount;
    if (maxAmount !== null) {
      const room = Math.max(0, moneyToCents(maxAmount) - tally.categoryPaid);
      exceedCategory = Math.max(0, value - room);
      value -= exceedCategory;
    }
    tally.categoryPaid += value;
  }

  const productLineTerms = productLine(product, line.kind, line.medicalId)!;
  const excludedBy = checked.adult ? productLineTerms.ceilingExclusionAdult : productLineTerms.ceilingExclusionChild;
  const excluded = excludedBy === 'B' || (hospital ? excludedBy === 'H' : excludedBy === 'N');
  let paid = value;
  let exceedCeiling = 0;
  let ceilingLeft: number | null = null;
  if (!excluded) {
    const ceiling = policyCeiling(product, context.policies[coverage.policyId], hospital);
    if (ceiling !== null) {
      ceilingLeft = Math.max(0, ceiling.cents - tally.previousRemunerated(ceiling.bucket) - tally.ceilingConsumed);
      paid = Math.min(value, ceilingLeft);
      exceedCeiling = value - paid;
      tally.ceilingConsumed += paid;
    }
  }

  const relative = coverage.priceOrigin === 'R';
  const trace: TraceEntry = {
    check: 'valuation',
    outcome: 'valued',
    code: 0,
    policyId: coverage.policyId,
    facts: {
      quantity,
      unitPrice: centsToMoney(unit),
      priceOrigin: coverage.priceOrigin,
      limitation: coverage.limitation,
      limitationValue: coverage.limitationValue,
      value: centsToMoney(valued),
      deducted: centsToMoney(deducted),
      aboveCategoryMaximum: centsToMoney(exceedCategory),
      ceilingExcluded: excluded,
      ceilingLeft: ceilingLeft === null ? null : centsToMoney(ceilingLeft),
      aboveCeiling: centsToMoney(exceedCeiling),
      paid: centsToMoney(paid),
      relativePrice: relative,
    },
  };
  return {
    paid,
    result: {
      priceAdjusted: centsToMoney(unit),
      value: centsToMoney(valued),
      deductibleAmount: centsToMoney(deducted),
      exceedCeilingAmountCategory: centsToMoney(exceedCategory),
      exceedCeilingAmount: centsToMoney(exceedCeiling),
      priceValuated: centsToMoney(paid),
      remuneratedAmount: relative ? null : centsToMoney(paid),
      trace,
    },
  };
}
