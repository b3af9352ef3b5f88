import { ageOn, centsToMoney, moneyToCents } from '@imis/kernel';
import { medicalEntry, type AdjudicationContext } from './adjudication-context';
import { claimCategory } from './claim-category';
import { CATEGORY_MAXIMUM_CODES, REJECTION, type ClaimCategory, type ClaimStatus, type LineKind, type LineStatus, type RejectionReason } from './claim-codes';
import { isInPatient, linesOf, requestedQuantity, targetDateOf, type ClaimLineInput, type ClaimToAdjudicate } from './claim-to-adjudicate';
import type { Check, CheckOutcome, ClaimFacts, CoverageCandidate, LineCheckInput } from './checks/check';
import { windowsContaining } from './context-index';
import { coveringCandidates } from './coverage-search';
import { adjustedUnitPrice, lineAmount, priceListDetailOf } from './pricing';
import { assignProduct, type LineCoverage, type PassingCandidate } from './product-assignment';
import type { RuleSet } from './rule-set';
import type { TraceEntry } from './trace';
import type { UsageLedger } from './usage-counters';

export interface CheckedLine {
  readonly lineId: string;
  readonly kind: LineKind;
  readonly medicalId: string;
  readonly status: LineStatus;
  /** 0 when passed. */
  readonly rejectionReason: number;
  /** The quantity passed (trimmed to the quota left), 0 when rejected. */
  readonly qtyApproved: number;
  readonly coverage: LineCoverage | null;
  readonly trace: readonly TraceEntry[];
}

export interface CheckedClaim {
  readonly claimId: string;
  readonly status: Extract<ClaimStatus, 'CHECKED' | 'REJECTED'>;
  readonly rejectionReason: number;
  /** null when a claim-level check rejected it. */
  readonly category: ClaimCategory | null;
  readonly targetDate: string | null;
  readonly inPatient: boolean;
  readonly adult: boolean;
  /** Σ line value over passed lines (money); null when rejected. */
  readonly approved: string | null;
  readonly lines: readonly CheckedLine[];
  /** The claim-level checks. */
  readonly trace: readonly TraceEntry[];
}

type LineVerdict = { passed: true; quantity: number; coverage: LineCoverage; trace: TraceEntry[] } | { passed: false; code: RejectionReason; trace: TraceEntry[] };

/**
 * Checking (claims.md §2, as the decisions table settles it): the claim-level checks, then per line (items, then
 * services) the line checks and the product search with its per-policy checks, then product assignment.
 * Consumption goes to the ledger's pending part: committed when the claim is Checked, dropped when Rejected.
 */
export function checkClaim(claim: ClaimToAdjudicate, context: AdjudicationContext, ledger: UsageLedger, rules: RuleSet): CheckedClaim {
  const targetDate = targetDateOf(claim);
  const claimTrace: TraceEntry[] = [];
  for (const check of rules.claimChecks) {
    const outcome = check.run({ claim, targetDate, context });
    claimTrace.push(entry(check, outcome));
    if (outcome.result === 'reject') return rejectClaim(claim, outcome.code, claimTrace, { targetDate, inPatient: false, adult: false, category: null }, undefined);
  }
  const date = targetDate!;
  const inPatient = isInPatient(claim);
  const adult = ageOn(claim.insuree.birthDate, date) >= context.ageOfMajority;
  const facts: ClaimFacts = { claim, targetDate: date, inPatient, adult, category: claimCategory(claim, inPatient, context), context, usage: ledger };

  const verdicts = linesOf(claim).map(({ kind, line }) => {
    const verdict = checkLine(facts, kind, line, rules);
    if (verdict.passed) for (const window of windowsContaining(context, claim.insuree.id, date)) ledger.addQuantity(window.id, kind, line.medicalId, verdict.quantity);
    return { kind, line, verdict };
  });

  const summary = { targetDate: date, inPatient, adult, category: facts.category };
  const categoryFault = verdicts.find(({ verdict }) => !verdict.passed && CATEGORY_MAXIMUM_CODES.includes(verdict.code));
  if (categoryFault && !categoryFault.verdict.passed) {
    ledger.discard();
    claimTrace.push({ check: 'claim', outcome: 'rejected', code: categoryFault.verdict.code, facts: { category: facts.category, problem: 'category maximum reached', lineId: categoryFault.line.id } });
    return rejectClaim(claim, categoryFault.verdict.code, claimTrace, summary, new Map(verdicts.map(({ line, verdict }) => [line.id, verdict.trace])));
  }

  const lines = verdicts.map(({ kind, line, verdict }): CheckedLine => {
    const base = { lineId: line.id, kind, medicalId: line.medicalId };
    if (!verdict.passed) return { ...base, status: 'REJECTED', rejectionReason: verdict.code, qtyApproved: 0, coverage: null, trace: verdict.trace };
    return { ...base, status: 'PASSED', rejectionReason: REJECTION.ACCEPTED, qtyApproved: verdict.quantity, coverage: verdict.coverage, trace: verdict.trace };
  });
  if (lines.every((line) => line.status === 'REJECTED')) {
    ledger.discard();
    claimTrace.push({ check: 'claim', outcome: 'rejected', code: REJECTION.NOT_IN_REGISTERS, facts: { problem: 'no line passed' } });
    return { claimId: claim.id, status: 'REJECTED', rejectionReason: REJECTION.NOT_IN_REGISTERS, ...summary, approved: null, lines, trace: claimTrace };
  }

  for (const window of windowsContaining(context, claim.insuree.id, date)) ledger.addCategoryClaim(window.id, facts.category);
  for (const line of lines) {
    if (line.status === 'PASSED') ledger.addPassedLine({ insureeId: claim.insuree.id, claimId: claim.id, kind: line.kind, medicalId: line.medicalId, targetDate: date });
  }
  ledger.commit();
  const approved = verdicts.reduce((sum, { line, verdict }) => (verdict.passed ? sum + lineAmount(verdict.quantity, checkedUnitPrice(line)) : sum), 0);
  claimTrace.push({ check: 'claim', outcome: 'passed', code: 0, facts: { category: facts.category, approved: centsToMoney(approved) } });
  return { claimId: claim.id, status: 'CHECKED', rejectionReason: REJECTION.ACCEPTED, ...summary, approved: centsToMoney(approved), lines, trace: claimTrace };
}

function checkLine(facts: ClaimFacts, kind: LineKind, line: ClaimLineInput, rules: RuleSet): LineVerdict {
  const trace: TraceEntry[] = [];
  const input: LineCheckInput = { ...facts, kind, line, entry: medicalEntry(facts.context, kind, line.medicalId), quantity: requestedQuantity(line) };
  let quantity = input.quantity;
  for (const check of kind === 'item' ? rules.itemChecks : rules.serviceChecks) {
    const outcome = check.run({ ...input, quantity });
    trace.push(entry(check, outcome));
    if (outcome.result === 'reject') return { passed: false, code: outcome.code, trace };
    if (outcome.result === 'trim') quantity = outcome.quantity;
  }
  const entryOf = input.entry;
  // A scheme may drop the registers check; a line the register does not know still cannot be valued.
  if (!entryOf) {
    trace.push({ check: 'registers', outcome: 'rejected', code: REJECTION.NOT_IN_REGISTERS, facts: { medicalId: line.medicalId, problem: 'unknown' } });
    return { passed: false, code: REJECTION.NOT_IN_REGISTERS, trace };
  }
  const candidates = coveringCandidates(facts, kind, line.medicalId);
  trace.push({ check: 'covering-product', outcome: candidates.length ? 'passed' : 'rejected', code: candidates.length ? 0 : REJECTION.NO_COVERING_PRODUCT, facts: { targetDate: facts.targetDate, candidates: candidates.length } });
  if (candidates.length === 0) return { passed: false, code: REJECTION.NO_COVERING_PRODUCT, trace };

  const passing: (PassingCandidate & { quantity: number })[] = [];
  let firstFault: RejectionReason | null = null;
  for (const candidate of candidates) {
    const result = checkCandidate({ ...input, quantity, entry: entryOf }, candidate, rules, trace);
    if (result.passed) {
      const detail = priceListDetailOf(facts.claim.facility, facts.context, kind, line.medicalId);
      passing.push({ candidate, quantity: result.quantity, unitPriceCents: adjustedUnitPrice(line, candidate.productLine.priceOrigin, entryOf, detail) });
    } else firstFault ??= result.code;
  }
  if (passing.length === 0) return { passed: false, code: firstFault!, trace };
  // A policy that pays the whole quantity goes before one that trims it.
  const most = Math.max(...passing.map((one) => one.quantity));
  const assignment = assignProduct(passing.filter((one) => one.quantity === most), facts.claim.visitType, facts.adult);
  trace.push({ check: 'product-assignment', outcome: 'assigned', code: 0, policyId: assignment.coverage.policyId, facts: assignment.facts });
  return { passed: true, quantity: most, coverage: assignment.coverage, trace };
}

function checkCandidate(input: LineCheckInput & { entry: NonNullable<LineCheckInput['entry']> }, candidate: CoverageCandidate, rules: RuleSet, trace: TraceEntry[]) {
  let quantity = input.quantity;
  for (const check of rules.coverageChecks) {
    const outcome = check.run({ ...input, quantity, candidate });
    trace.push({ ...entry(check, outcome), policyId: candidate.policy.id });
    if (outcome.result === 'reject') return { passed: false as const, code: outcome.code };
    if (outcome.result === 'trim') quantity = outcome.quantity;
  }
  return { passed: true as const, quantity };
}

function rejectClaim(
  claim: ClaimToAdjudicate,
  code: RejectionReason,
  claimTrace: TraceEntry[],
  summary: Pick<CheckedClaim, 'targetDate' | 'inPatient' | 'adult' | 'category'>,
  lineTraces: Map<string, readonly TraceEntry[]> | undefined,
): CheckedClaim {
  const decisive = claimTrace[claimTrace.length - 1];
  const lines = linesOf(claim).map(({ kind, line }): CheckedLine => ({
    lineId: line.id,
    kind,
    medicalId: line.medicalId,
    status: 'REJECTED',
    rejectionReason: code,
    qtyApproved: 0,
    coverage: null,
    trace: [...(lineTraces?.get(line.id) ?? []), decisive],
  }));
  return { claimId: claim.id, status: 'REJECTED', rejectionReason: code, ...summary, approved: null, lines, trace: claimTrace };
}

/** Before valuation sets the adjusted price, a line's value uses the approved price, else the asked one. */
function checkedUnitPrice(line: ClaimLineInput): number {
  return moneyToCents(line.priceApproved ?? line.priceAsked);
}

function entry(check: Check, outcome: CheckOutcome): TraceEntry {
  const outcomeName = outcome.result === 'pass' ? 'passed' : outcome.result === 'skip' ? 'skipped' : outcome.result === 'trim' ? 'trimmed' : 'rejected';
  return { check: check.name, outcome: outcomeName, code: outcome.result === 'reject' ? outcome.code : 0, facts: outcome.facts };
}
