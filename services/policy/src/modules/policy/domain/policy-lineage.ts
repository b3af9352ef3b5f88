/** A family's policy as the renewal rule sees it. */
export interface PolicyInLine {
  readonly id: string;
  readonly startDate: string;
  readonly createdAt: Date;
}

/**
 * The family's latest policy of a product: the latest start, then the latest created (a renewal starts
 * after the policy it continues, so it is always later). Only that one may be renewed.
 */
export function latestPolicy<P extends PolicyInLine>(policies: readonly P[]): P | null {
  let latest: P | null = null;
  for (const policy of policies) {
    if (!latest || policy.startDate > latest.startDate || (policy.startDate === latest.startDate && policy.createdAt > latest.createdAt)) latest = policy;
  }
  return latest;
}
