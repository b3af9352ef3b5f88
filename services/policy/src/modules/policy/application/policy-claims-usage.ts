import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The claims' side of a policy (a port): whether claims were adjudicated against it, which forbids deleting
 * it. Answered by `ClaimsUsageOfPolicies` from the claim-usage module (the claim service's policy-usage events).
 */
export abstract class PolicyClaimsUsage {
  abstract usedByClaims(tx: EntityManager, policyId: string): Promise<boolean>;
}
