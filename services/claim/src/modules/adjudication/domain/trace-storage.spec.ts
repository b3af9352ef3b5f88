import type { TraceEntry } from './trace';
import { storedTrace, traceEntries } from './trace-storage';

const POLICY_A = '0190e0c0-0000-7000-8000-00000000000a';
const POLICY_B = '0190e0c0-0000-7000-8000-00000000000b';

const trace: TraceEntry[] = [
  { check: 'registers', outcome: 'passed', code: 0, facts: { code: 'BI1', validFrom: null, targetDate: '2026-05-28' } },
  { check: 'waiting-period', outcome: 'skipped', code: 0, policyId: POLICY_A, facts: { waitingMonths: 0, policyStage: 'N' } },
  { check: 'maximum-quantity', outcome: 'trimmed', code: 16, policyId: POLICY_B, facts: { limit: 2, used: 1, left: 1 } },
  { check: 'product-assignment', outcome: 'assigned', code: 0, policyId: POLICY_A, facts: { candidates: 2, limitation: 'C', limitationValue: 90 } },
  { check: 'valuation', outcome: 'valued', code: 0, policyId: POLICY_A, facts: { paid: '9.00', relativePrice: false } },
];

describe('stored trace', () => {
  it('gives back the entries it stored, each policy id kept once', () => {
    const stored = storedTrace(trace);
    expect(stored.policies).toEqual([POLICY_A, POLICY_B]);
    expect(stored.entries[2]).toEqual(['maximum-quantity', 'trimmed', 16, 1, { limit: 2, used: 1, left: 1 }]);
    expect(traceEntries(JSON.parse(JSON.stringify(stored)))).toEqual(trace);
  });

  it('is at least a quarter smaller than the entries as objects', () => {
    expect(JSON.stringify(storedTrace(trace)).length).toBeLessThan(JSON.stringify(trace).length * 0.75);
  });

  it('reads a trace stored as an array of entries, and none before adjudication', () => {
    expect(traceEntries(JSON.parse(JSON.stringify(trace)))).toEqual(trace);
    expect(traceEntries(null)).toBeNull();
    expect(traceEntries(storedTrace([]))).toEqual([]);
  });
});
