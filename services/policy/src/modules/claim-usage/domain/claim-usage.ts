/** openIMIS claim statuses as the claim service names them. */
export type ClaimStatus = 'REJECTED' | 'ENTERED' | 'CHECKED' | 'PROCESSED' | 'VALUATED';

/** Statuses above Entered (openIMIS status > 2): only such claims count against a policy's limits (§3). */
const COUNTED: ReadonlySet<ClaimStatus> = new Set(['CHECKED', 'PROCESSED', 'VALUATED']);

export interface ClaimUsageReport<P> {
  readonly status: ClaimStatus;
  readonly policies: readonly P[];
}

/**
 * The policies a claim's latest report makes it use: none when it is not past Entered (a rejected claim, or
 * one sent back) whatever it lists, else those listed. The result replaces the claim's earlier usage.
 */
export function countedPolicies<P>(report: ClaimUsageReport<P>): readonly P[] {
  return COUNTED.has(report.status) ? report.policies : [];
}

