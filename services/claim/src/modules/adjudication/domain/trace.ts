/** A value a check read or decided, kept in the trace (dates and money as strings). */
export type TraceFact = string | number | boolean | null;
export type TraceFacts = Readonly<Record<string, TraceFact>>;

export type TraceOutcome = 'passed' | 'rejected' | 'trimmed' | 'skipped' | 'assigned' | 'valued';

/** One step of a line's (or a claim's) adjudication: which check ran, on which policy, what it read and decided. */
export interface TraceEntry {
  /** The check's name (its registry key), or 'covering-product', 'product-assignment', 'claim', 'valuation'. */
  readonly check: string;
  readonly outcome: TraceOutcome;
  /** The rejection code when rejected, else 0. */
  readonly code: number;
  /** Set for the checks run per covering policy. */
  readonly policyId?: string;
  readonly facts: TraceFacts;
}
