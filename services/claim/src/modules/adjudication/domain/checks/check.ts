import type { AdjudicationContext, InsureePolicy, MedicalEntry, PolicyTerms, ProductLineTerms, ProductTerms } from '../adjudication-context';
import type { ClaimCategory, LineKind, RejectionReason } from '../claim-codes';
import type { ClaimLineInput, ClaimToAdjudicate } from '../claim-to-adjudicate';
import type { TraceFacts } from '../trace';
import type { Bucket, PassedLine } from '../usage-counters';

/** What a check decided: pass, skip (does not apply), trim the quantity (still a pass), or reject with a code. */
export type CheckOutcome =
  | { readonly result: 'pass' | 'skip'; readonly facts: TraceFacts }
  | { readonly result: 'trim'; readonly quantity: number; readonly facts: TraceFacts }
  | { readonly result: 'reject'; readonly code: RejectionReason; readonly facts: TraceFacts };

export const pass = (facts: TraceFacts = {}): CheckOutcome => ({ result: 'pass', facts });
export const skip = (facts: TraceFacts = {}): CheckOutcome => ({ result: 'skip', facts });
export const reject = (code: RejectionReason, facts: TraceFacts = {}): CheckOutcome => ({ result: 'reject', code, facts });

/** The counters a check may read (the ledger, as consumed up to this claim and line). */
export interface UsageView {
  quantityUsed(insureePolicyId: string, kind: LineKind, medicalId: string): number;
  categoryClaims(insureePolicyId: string, category: ClaimCategory): number;
  passedLines(insureeId: string): readonly PassedLine[];
  deducted(policyId: string, insureeId: string | null, bucket: Bucket): number;
  remunerated(policyId: string, insureeId: string | null, bucket: Bucket): number;
}

export interface ClaimCheckInput {
  readonly claim: ClaimToAdjudicate;
  readonly targetDate: string | null;
  readonly context: AdjudicationContext;
}

/** A valid claim's facts every line check shares. */
export interface ClaimFacts {
  readonly claim: ClaimToAdjudicate;
  readonly targetDate: string;
  readonly inPatient: boolean;
  /** Adult at the target date. */
  readonly adult: boolean;
  readonly category: ClaimCategory;
  readonly context: AdjudicationContext;
  readonly usage: UsageView;
}

export interface LineCheckInput extends ClaimFacts {
  readonly kind: LineKind;
  readonly line: ClaimLineInput;
  /** The register entry (checked by the registers check: later checks can rely on it). */
  readonly entry: MedicalEntry | undefined;
  /** Quantity asked so far (the reviewer's, else the provided). */
  readonly quantity: number;
}

/** One policy that may pay the line: the insuree's coverage row, the policy, its product and product line. */
export interface CoverageCandidate {
  readonly insureePolicy: InsureePolicy & { readonly effectiveDate: string };
  readonly policy: PolicyTerms;
  readonly product: ProductTerms;
  readonly productLine: ProductLineTerms;
}

export interface CoverageCheckInput extends LineCheckInput {
  readonly entry: MedicalEntry;
  readonly candidate: CoverageCandidate;
}

interface CheckBase {
  /** Unique key in the check registry (what a scheme's configuration names). */
  readonly name: string;
  /** The rejection codes it may give. */
  readonly codes: readonly RejectionReason[];
  /** Plain words for the trace reader. */
  readonly description: string;
}

/** Runs once per claim; a rejection rejects every line with the code. */
export interface ClaimCheck extends CheckBase {
  readonly level: 'claim';
  run(input: ClaimCheckInput): CheckOutcome;
}

/** Runs per line; the first rejection stops the line. */
export interface LineCheck extends CheckBase {
  readonly level: 'line';
  run(input: LineCheckInput): CheckOutcome;
}

/** Runs per line and covering policy; the line passes when one policy passes them all. */
export interface CoverageCheck extends CheckBase {
  readonly level: 'coverage';
  run(input: CoverageCheckInput): CheckOutcome;
}

export type Check = ClaimCheck | LineCheck | CoverageCheck;

/** Whether a date lies in [from, to] (null bounds are open). */
export function within(date: string, from: string | null, to: string | null): boolean {
  return (from === null || from <= date) && (to === null || date <= to);
}
