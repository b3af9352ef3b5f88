import type { AdjudicationContext } from './adjudication-context';
import { checkClaim, type CheckedLine } from './check-claim';
import type { ClaimCategory, ClaimStatus } from './claim-codes';
import type { ClaimToAdjudicate } from './claim-to-adjudicate';
import { explainLine } from './explain';
import { DEFAULT_RULE_SET, type RuleSet } from './rule-set';
import type { TraceEntry } from './trace';
import { UsageLedger, type UsageCounters } from './usage-counters';
import { valuateClaim, type DedRemRow, type LineValuation } from './valuation';

export interface AdjudicatedLine extends Omit<CheckedLine, 'trace'> {
  readonly valuation: Omit<LineValuation, 'trace'> | null;
  /** The checks that ran on the line, in order, then its valuation. */
  readonly trace: readonly TraceEntry[];
  /** One sentence for the facility. */
  readonly explanation: string;
}

export interface ClaimAdjudication {
  readonly claimId: string;
  readonly status: ClaimStatus;
  readonly rejectionReason: number;
  readonly category: ClaimCategory | null;
  readonly approved: string | null;
  readonly valuated: string | null;
  readonly remunerated: string | null;
  readonly lines: readonly AdjudicatedLine[];
  readonly trace: readonly TraceEntry[];
  readonly dedRem: readonly DedRemRow[];
}

export interface AdjudicationOptions {
  readonly rules?: RuleSet;
  /** Valuate Checked claims right away (default); false stops at Checked, as a scheme with reviews does. */
  readonly valuate?: boolean;
}

export interface BatchAdjudication {
  readonly results: readonly ClaimAdjudication[];
  /** The context's usage with the batch's consumption added: the next batch's starting point. */
  readonly usage: UsageCounters;
}

/**
 * Adjudicates claims in submission order, threading the usage counters from one claim to the next: the result
 * equals adjudicating them one after the other (a claim only ever sees the consumption of the claims before it).
 * Pure and deterministic: everything read comes in the context, everything decided comes out.
 */
export function adjudicateBatch(claims: readonly ClaimToAdjudicate[], context: AdjudicationContext, options: AdjudicationOptions = {}): BatchAdjudication {
  const ledger = new UsageLedger(context.usage);
  const rules = options.rules ?? DEFAULT_RULE_SET;
  const results = claims.map((claim) => adjudicate(claim, context, ledger, rules, options.valuate ?? true));
  return { results, usage: ledger.snapshot() };
}

/** One claim on its own: a batch of one. */
export function adjudicateClaim(claim: ClaimToAdjudicate, context: AdjudicationContext, options: AdjudicationOptions = {}): { result: ClaimAdjudication; usage: UsageCounters } {
  const { results, usage } = adjudicateBatch([claim], context, options);
  return { result: results[0], usage };
}

function adjudicate(claim: ClaimToAdjudicate, context: AdjudicationContext, ledger: UsageLedger, rules: RuleSet, valuate: boolean): ClaimAdjudication {
  const checked = checkClaim(claim, context, ledger, rules);
  const valuated = valuate && checked.status === 'CHECKED' ? valuateClaim(claim, checked, context, ledger) : null;
  const lines = checked.lines.map((line): AdjudicatedLine => {
    const valuation = valuated?.lines.get(line.lineId);
    const trace = valuation ? [...line.trace, valuation.trace] : line.trace;
    const { trace: _valuationTrace, ...amounts } = valuation ?? { trace: null };
    return { ...line, valuation: valuation ? (amounts as Omit<LineValuation, 'trace'>) : null, trace, explanation: explainLine(trace) };
  });
  return {
    claimId: claim.id,
    status: valuated?.status ?? checked.status,
    rejectionReason: checked.rejectionReason,
    category: checked.category,
    approved: checked.approved,
    valuated: valuated?.valuated ?? null,
    remunerated: valuated?.remunerated ?? null,
    lines,
    trace: checked.trace,
    dedRem: valuated?.dedRem ?? [],
  };
}
