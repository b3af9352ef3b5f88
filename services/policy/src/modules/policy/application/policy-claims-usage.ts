import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The claims' side of a policy (a port): whether claims were adjudicated against it, which forbids deleting
 * it. The claim service will publish that (its events feed a projection here); until then the adapter
 * `NoClaimsYet` answers "none".
 */
export abstract class PolicyClaimsUsage {
  abstract usedByClaims(tx: EntityManager, policyId: string): Promise<boolean>;
}
