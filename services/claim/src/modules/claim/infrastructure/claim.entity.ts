import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { VersionedEntity } from '@imis/persistence';
import { CLAIM_STATUSES, type ClaimStatus, VISIT_TYPES, type VisitType } from '../domain/claim-codes';

/** The unique index that keeps a code unique among the current claims of a facility. */
export const CLAIM_CODE_UNIQUE_INDEX = 'claim_facility_code_unique';

/**
 * A health facility’s claim for the care of one insuree. Dates are calendar dates "YYYY-MM-DD"; amounts are money
 * (numeric(18,2), strings). Its lines are ClaimItem and ClaimService rows; every change keeps the previous version
 * in history (the lines of each version stay, see ClaimLine).
 */
@Entity({ tableName: 'claim' })
@Index({ name: 'claim_creation_order', expression: 'create index "claim_creation_order" on "claim" ("created_at", "id") where "deleted_at" is null' })
@Index({ name: CLAIM_CODE_UNIQUE_INDEX, expression: `create unique index "${CLAIM_CODE_UNIQUE_INDEX}" on "claim" ("health_facility_id", "code") where "deleted_at" is null` })
@Index({ properties: ['insureeId', 'status', 'dateFrom'] })
@Index({ properties: ['healthFacilityId', 'status'] })
export class Claim extends VersionedEntity {
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'uuid' })
  insureeId!: string;

  @Property({ type: 'uuid' })
  healthFacilityId!: string;

  /** The claim administrator who entered it (identity’s claim administrators), if any. */
  @Property({ type: 'uuid', nullable: true })
  claimAdminId: string | null = null;

  @Property({ type: 'date' })
  dateFrom!: string;

  @Property({ type: 'date', nullable: true })
  dateTo: string | null = null;

  @Property({ type: 'date' })
  dateClaimed!: string;

  @Enum({ items: [...VISIT_TYPES], type: 'string', length: 1 })
  visitType!: VisitType;

  /** Service category of the claim (S, D, A, H, C, O, V), set when checked. */
  @Property({ type: 'string', length: 1, nullable: true })
  category: string | null = null;

  @Property({ type: 'uuid' })
  mainDiagnosisId!: string;

  /** Up to four (configurable) secondary diagnoses, in order. */
  @Property({ type: 'json' })
  secondaryDiagnosisIds!: string[];

  @Property({ type: 'text', nullable: true })
  explanation: string | null = null;

  @Enum({ items: [...CLAIM_STATUSES], type: 'string', length: 9 })
  status: Opt<ClaimStatus> = 'ENTERED';

  /** openIMIS rejection reason of the claim (0 accepted). */
  @Property({ type: 'smallint' })
  rejectionReason: Opt<number> = 0;

  /** Submitted and waiting for adjudication: the status stays ENTERED until checked (README, Submission). */
  @Property({ type: 'boolean' })
  queued: Opt<boolean> = false;

  /**
   * Why the claim's last adjudication failed when it was set aside (taken out of the queue, still ENTERED, so that one
   * claim the rules cannot adjudicate does not stop its family's or the pool's); cleared when it is submitted again.
   */
  @Property({ type: 'text', nullable: true })
  adjudicationError: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  submittedBy: string | null = null;

  /** Submission order (sequence `claim_submission_seq`, taken at submit): adjudication follows it per insuree. */
  @Index({ name: 'claim_queued_seq', expression: 'create index "claim_queued_seq" on "claim" ("insuree_id", "submission_seq") where "queued"' })
  @Index({ name: 'claim_queued_order', expression: 'create index "claim_queued_order" on "claim" ("submission_seq") where "queued"' })
  @Property({ type: 'bigint', nullable: true })
  submissionSeq: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  claimed!: string;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  approved: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  valuated: string | null = null;

  @Property({ type: 'decimal', precision: 18, scale: 2, nullable: true })
  remunerated: string | null = null;

  /** The rejected claim this one restores. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  restoredFromId: string | null = null;

  /** How many restores led to this claim (0 for an original claim). */
  @Property({ type: 'smallint' })
  restoreCount: Opt<number> = 0;
}
