import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { BaseEntity } from '@imis/persistence';

/**
 * A renewal reminder (openIMIS PolicyRenewal): at most one per policy. The new product is the end of the
 * policy's conversion chain, the new officer the one the officer substitution chain leads to (renewalOfficer);
 * warnings is the openIMIS bitmask (1 product not sold on the renewal date, 2 no officer, 4 officer contract
 * ends before renewal).
 */
@Entity({ tableName: 'policy_renewal' })
@Index({ properties: ['familyId'] })
export class PolicyRenewal extends BaseEntity {
  @Unique()
  @Property({ type: 'uuid' })
  policyId!: string;

  @Property({ type: 'uuid' })
  familyId!: string;

  /** The family head (insuree projection); null when the family is not projected. */
  @Property({ type: 'uuid', nullable: true })
  headInsureeId: string | null = null;

  @Property({ type: 'uuid' })
  productId!: string;

  @Property({ type: 'uuid' })
  newProductId!: string;

  @Property({ type: 'uuid', nullable: true })
  officerId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  newOfficerId: string | null = null;

  /** The run date of the job that prompted it. */
  @Property({ type: 'date' })
  promptDate!: string;

  /** The policy's expiry + 1 day. */
  @Property({ type: 'date' })
  renewalDate!: string;

  /** The family head's phone: null until the insuree projection carries phones. */
  @Property({ type: 'text', nullable: true })
  phone: string | null = null;

  @Property({ type: 'integer' })
  warnings!: number;

  /** The run (policy_job_run) that created it. */
  @Index()
  @Property({ type: 'uuid' })
  runId!: string;
}
