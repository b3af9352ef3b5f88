import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Where a policy's premiums stand: the row every premium command locks (FOR UPDATE) before reading or
 * changing the policy's premiums, so that totals are exact and revisions strictly increase under concurrency.
 */
@Entity({ tableName: 'policy_contributions' })
export class PolicyContributionsRow {
  @PrimaryKey({ type: 'uuid' })
  policyId!: string;

  /** Σ current non-photo premiums. */
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  paidTotal!: string;

  @Property({ type: 'date', nullable: true })
  lastPayDate: string | null = null;

  /** +1 with every change to the policy's premiums (0: none yet). */
  @Property({ type: 'integer' })
  revision!: number;
}
