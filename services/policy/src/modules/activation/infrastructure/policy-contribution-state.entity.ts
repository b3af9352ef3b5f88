import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Where a policy's contributions stand as the contribution service last reported them (its premium events'
 * `policyContributions`), kept whether or not the policy exists here yet: a premium may name a funding
 * policy or a renewal from a matched payment before the event creating it arrives. Written only by
 * `contribution-state.statements.ts` (one upsert guarded by the revision).
 */
@Entity({ tableName: 'policy_contribution_state' })
export class PolicyContributionState {
  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  paidTotal!: string;

  /** Null when no premium is left (all reversed). */
  @Property({ type: 'date', nullable: true })
  lastPayDate!: string | null;

  /** The contribution service's revision of the policy's premiums; 0 = none received yet (only a matched payment). */
  @Property({ type: 'integer' })
  revision!: number;

  /** A matched payment named this policy: once Ready it becomes Active (domain §3 "Ready + matched payment"). */
  @Property({ type: 'boolean' })
  paymentMatched!: boolean;
}
