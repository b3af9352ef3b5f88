import type { TraceEntry, TraceFacts, TraceOutcome } from './trace';

/** One entry as stored: check, outcome, code, the index of its policy in `policies` (null: none), facts. */
export type StoredTraceEntry = readonly [check: string, outcome: TraceOutcome, code: number, policy: number | null, facts: TraceFacts];

/**
 * A line's trace as the claim line stores it: each policy id once, each entry as a tuple. About a quarter smaller than
 * the entries as objects (no key names, no policy id repeated on every per-policy check), which counts in every claim
 * kept (about 1.8 kB a line as objects) and in each batch's write.
 */
export interface StoredTrace {
  readonly policies: readonly string[];
  readonly entries: readonly StoredTraceEntry[];
}

export function storedTrace(entries: readonly TraceEntry[]): StoredTrace {
  const policies: string[] = [];
  const policyIndex = (policyId: string | undefined): number | null => {
    if (policyId === undefined) return null;
    const index = policies.indexOf(policyId);
    return index >= 0 ? index : policies.push(policyId) - 1;
  };
  return { policies, entries: entries.map((entry) => [entry.check, entry.outcome, entry.code, policyIndex(entry.policyId), entry.facts]) };
}

/** The entries of a stored trace (null: not adjudicated); a trace stored before the compact form (an array of entries) as it is. */
export function traceEntries(stored: unknown): TraceEntry[] | null {
  if (stored === null || stored === undefined) return null;
  if (Array.isArray(stored)) return stored as TraceEntry[];
  const { policies, entries } = stored as StoredTrace;
  return entries.map(([check, outcome, code, policy, facts]) =>
    policy === null ? { check, outcome, code, facts } : { check, outcome, code, policyId: policies[policy]!, facts },
  );
}
