import { Entity, Index, Property } from '@mikro-orm/core';
import { ClaimLine } from './claim-line.entity';

/** A line of a claim for a medical service of the medical projection. */
@Entity({ tableName: 'claim_service' })
@Index({ properties: ['claimId', 'replacedInVersion'] })
export class ClaimService extends ClaimLine {
  @Index()
  @Property({ type: 'uuid' })
  serviceId!: string;
}
